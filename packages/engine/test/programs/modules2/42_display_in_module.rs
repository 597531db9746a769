// Implementing Display inside the module that owns the type.
mod money {
    use std::fmt;

    pub struct Money {
        cents: i64,
    }

    impl Money {
        pub fn new(dollars: i64, cents: i64) -> Money {
            Money { cents: dollars * 100 + cents }
        }

        pub fn add(&self, other: &Money) -> Money {
            Money { cents: self.cents + other.cents }
        }
    }

    impl fmt::Display for Money {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            let sign = if self.cents < 0 { "-" } else { "" };
            let abs = self.cents.abs();
            write!(f, "{}${}.{:02}", sign, abs / 100, abs % 100)
        }
    }
}

use money::Money;

fn main() {
    let rent = Money::new(-1200, 0);
    let salary = Money::new(3150, 75);
    let coffee = Money::new(-4, -50);
    let net = rent.add(&salary).add(&coffee);
    println!("rent {} salary {} coffee {}", rent, salary, coffee);
    println!("net: {}", net);
}
