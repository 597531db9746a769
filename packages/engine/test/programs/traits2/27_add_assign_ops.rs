use std::ops::{AddAssign, Mul};

// Compound assignment and a scalar on the left-hand side.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Money {
    cents: i64,
}

impl AddAssign for Money {
    fn add_assign(&mut self, other: Money) {
        self.cents += other.cents;
    }
}

// 3 * money: the impl is on i64 with Money as the right-hand side.
impl Mul<Money> for i64 {
    type Output = Money;
    fn mul(self, m: Money) -> Money {
        Money { cents: self * m.cents }
    }
}

fn main() {
    let coffee = Money { cents: 350 };
    let mut wallet = Money { cents: 0 };
    wallet += coffee;
    wallet += 3 * coffee;
    println!("{:?}", wallet);
    let mut history = Vec::new();
    for n in 1..=3 {
        history.push(n * coffee);
    }
    println!("{:?}", history);
    println!("{}", wallet == 4 * coffee);
}
