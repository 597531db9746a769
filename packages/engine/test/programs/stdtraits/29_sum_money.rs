use std::iter::Sum;
use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Money(i64); // in cents

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money(0), |acc, m| acc + m)
    }
}

impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money {
        iter.copied().sum()
    }
}

struct Item {
    name: &'static str,
    price: Money,
    qty: i64,
}

fn main() {
    let cart = vec![
        Item { name: "coffee beans", price: Money(1299), qty: 2 },
        Item { name: "filter papers", price: Money(349), qty: 1 },
        Item { name: "mug", price: Money(850), qty: 3 },
    ];

    let total: Money = cart.iter().map(|i| Money(i.price.0 * i.qty)).sum();
    println!("total: ${}.{:02}", total.0 / 100, total.0 % 100);

    let prices: Vec<Money> = cart.iter().map(|i| i.price).collect();
    let unit_sum: Money = prices.iter().sum();
    println!("sum of unit prices: {:?}", unit_sum);

    let empty: Vec<Money> = Vec::new();
    let nothing: Money = empty.into_iter().sum();
    println!("empty cart: {:?}", nothing);

    for i in &cart {
        println!("{:<14} x{}", i.name, i.qty);
    }
}
