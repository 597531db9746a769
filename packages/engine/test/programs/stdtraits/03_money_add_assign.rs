use std::ops::{AddAssign, SubAssign};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Money {
    cents: i64,
}

impl Money {
    fn new(dollars: i64, cents: i64) -> Money {
        Money { cents: dollars * 100 + cents }
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

impl std::fmt::Display for Money {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let sign = if self.cents < 0 { "-" } else { "" };
        let abs = self.cents.abs();
        write!(f, "{}${}.{:02}", sign, abs / 100, abs % 100)
    }
}

fn main() {
    let mut balance = Money::new(50, 0);
    let deposits = [Money::new(12, 99), Money::new(0, 1), Money::new(100, 50)];
    let withdrawals = [Money::new(80, 0), Money::new(90, 75)];

    for d in deposits {
        balance += d;
        println!("deposit  {:>10} -> balance {}", d.to_string(), balance);
    }
    for w in withdrawals {
        balance -= w;
        println!("withdraw {:>10} -> balance {}", w.to_string(), balance);
    }
    if balance < Money::new(0, 0) {
        println!("overdrawn by {}", Money { cents: -balance.cents });
    }
}
