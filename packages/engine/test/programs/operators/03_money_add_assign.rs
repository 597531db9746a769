use std::fmt;
use std::ops::{AddAssign, SubAssign};

// Money stored as whole cents to avoid floating point rounding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Money {
    cents: i64,
}

impl Money {
    fn new(euros: i64, cents: i64) -> Self {
        Money { cents: euros * 100 + cents }
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, other: Money) {
        self.cents += other.cents;
    }
}

impl SubAssign for Money {
    fn sub_assign(&mut self, other: Money) {
        self.cents -= other.cents;
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}.{:02} EUR", self.cents / 100, self.cents % 100)
    }
}

fn main() {
    let mut balance = Money::new(0, 0);
    let deposits = [Money::new(12, 50), Money::new(7, 99), Money::new(100, 1)];

    for d in deposits {
        balance += d;
        println!("deposit {:>10} -> balance {}", d.to_string(), balance);
    }

    let rent = Money::new(80, 0);
    balance -= rent;
    println!("after rent: {}", balance);

    if balance > Money::new(40, 0) {
        println!("enough left for groceries");
    }
}
