use std::ops::Add;

// A generic function bounded by Add<Output = T> and Default.
fn sum_all<T>(items: &[T]) -> T
where
    T: Add<Output = T> + Copy + Default,
{
    let mut acc = T::default();
    for &x in items {
        acc = acc + x;
    }
    acc
}

#[derive(Debug, Clone, Copy, Default)]
struct Money {
    cents: i64,
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money { cents: self.cents + o.cents }
    }
}

fn main() {
    println!("{}", sum_all(&[1, 2, 3, 4]));
    println!("{}", sum_all(&[0.5, 0.25]));
    let bills = [Money { cents: 1999 }, Money { cents: 501 }, Money { cents: 250 }];
    let total = sum_all(&bills);
    println!("total = ${}.{:02}", total.cents / 100, total.cents % 100);
    let none: [Money; 0] = [];
    println!("{:?}", sum_all(&none));
}
