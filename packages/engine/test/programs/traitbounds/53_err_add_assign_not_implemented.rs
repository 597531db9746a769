use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Money {
    cents: i64,
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money { cents: self.cents + rhs.cents }
    }
}

fn main() {
    let payments = [Money { cents: 1250 }, Money { cents: 399 }, Money { cents: 5000 }];
    let mut balance = Money { cents: 0 };
    for p in payments {
        balance += p;
    }
    println!("balance: {:?}", balance);
}
