mod money {
    use std::fmt;
    use std::ops::{Add, AddAssign, Mul, Sub};

    #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
    pub struct Cents(pub i64);

    impl Add for Cents {
        type Output = Cents;
        fn add(self, other: Cents) -> Cents {
            Cents(self.0 + other.0)
        }
    }

    impl Sub for Cents {
        type Output = Self;
        fn sub(self, rhs: Self) -> Self {
            Cents(self.0 - rhs.0)
        }
    }

    impl Mul<i64> for Cents {
        type Output = Cents;
        fn mul(self, n: i64) -> Cents {
            Cents(self.0 * n)
        }
    }

    impl AddAssign for Cents {
        fn add_assign(&mut self, other: Cents) {
            self.0 += other.0;
        }
    }

    impl fmt::Display for Cents {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            let sign = if self.0 < 0 { "-" } else { "" };
            write!(f, "{}${}.{:02}", sign, self.0.abs() / 100, self.0.abs() % 100)
        }
    }
}

use money::Cents;

fn main() {
    let coffee = Cents(350);
    let bagel = Cents(225);
    let order = coffee * 2 + bagel;
    println!("order: {}", order);
    let paid = Cents(1000);
    println!("change: {}", paid - order);
    let mut tab = Cents(0);
    for price in [coffee, bagel, Cents(99)] {
        tab += price;
    }
    println!("tab: {} ({:?})", tab, tab);
    println!("overdrawn: {}", Cents(150) - Cents(1000));
    println!("coffee < bagel? {}", coffee < bagel);
}
