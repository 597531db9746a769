use std::iter::Sum;
use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Money {
    cents: i64,
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money { cents: self.cents + rhs.cents }
    }
}

// Sum lets us call .sum() on an iterator of Money.
impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::default(), |acc, m| acc + m)
    }
}

// And on an iterator of &Money.
impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money {
        iter.fold(Money::default(), |acc, m| acc + *m)
    }
}

struct Item {
    name: &'static str,
    price: Money,
    qty: i64,
}

fn main() {
    let cart = vec![
        Item { name: "bread", price: Money { cents: 249 }, qty: 2 },
        Item { name: "milk", price: Money { cents: 119 }, qty: 3 },
        Item { name: "cheese", price: Money { cents: 525 }, qty: 1 },
    ];

    let total: Money = cart
        .iter()
        .map(|it| Money { cents: it.price.cents * it.qty })
        .sum();
    println!("total: {} cents", total.cents);

    let prices: Vec<Money> = cart.iter().map(|it| it.price).collect();
    let unit_sum: Money = prices.iter().sum();
    println!("sum of unit prices: {:?}", unit_sum);

    let names: Vec<&str> = cart.iter().map(|it| it.name).collect();
    println!("items: {}", names.join(", "));
}
