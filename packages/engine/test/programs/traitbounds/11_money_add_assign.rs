use std::fmt;
use std::ops::{Add, AddAssign, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Money {
    cents: i64,
}

impl Money {
    fn new(dollars: i64, cents: i64) -> Self {
        Money { cents: dollars * 100 + cents }
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money { cents: self.cents + rhs.cents }
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money { cents: self.cents - rhs.cents }
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        self.cents += rhs.cents;
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else { "" };
        let abs = self.cents.abs();
        write!(f, "{}${}.{:02}", sign, abs / 100, abs % 100)
    }
}

fn main() {
    let prices = [Money::new(3, 50), Money::new(12, 5), Money::new(0, 99)];
    let mut total = Money::new(0, 0);
    for p in prices {
        total += p;
        println!("+ {:>8} -> {}", p.to_string(), total);
    }
    let budget = Money::new(10, 0);
    let left = budget - total;
    println!("left over: {}", left);
    println!("over budget: {}", total > budget);
    println!("cheapest: {}", prices.iter().min().unwrap());
}
