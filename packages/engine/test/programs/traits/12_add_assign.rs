// AddAssign / SubAssign on a money type
use std::ops::{AddAssign, SubAssign};
use std::fmt;

#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
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

impl AddAssign<i64> for Money {
    fn add_assign(&mut self, dollars: i64) {
        self.cents += dollars * 100;
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else { "" };
        let c = self.cents.abs();
        write!(f, "{}${}.{:02}", sign, c / 100, c % 100)
    }
}

fn main() {
    let mut wallet = Money { cents: 1050 };
    println!("start: {}", wallet);
    wallet += Money { cents: 275 };
    println!("after deposit: {}", wallet);
    wallet -= Money { cents: 2000 };
    println!("after purchase: {}", wallet);
    wallet += 10;
    println!("after dollars: {}", wallet);
    let mut totals = vec![Money { cents: 1 }, Money { cents: 99 }];
    for m in totals.iter_mut() {
        *m += Money { cents: 100 };
    }
    for m in &totals {
        println!("{}", m);
    }
}
