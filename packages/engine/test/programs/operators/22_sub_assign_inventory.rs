use std::ops::{AddAssign, SubAssign};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Stock {
    apples: u32,
    pears: u32,
}

impl AddAssign for Stock {
    fn add_assign(&mut self, rhs: Stock) {
        self.apples += rhs.apples;
        self.pears += rhs.pears;
    }
}

// Selling more than we have clamps at zero instead of underflowing.
impl SubAssign for Stock {
    fn sub_assign(&mut self, rhs: Stock) {
        self.apples = self.apples.saturating_sub(rhs.apples);
        self.pears = self.pears.saturating_sub(rhs.pears);
    }
}

// Also allow adding a plain number of apples.
impl AddAssign<u32> for Stock {
    fn add_assign(&mut self, apples: u32) {
        self.apples += apples;
    }
}

fn main() {
    let mut shop = Stock { apples: 10, pears: 4 };
    let delivery = Stock { apples: 5, pears: 20 };

    shop += delivery;
    println!("after delivery: {:?}", shop);

    shop -= Stock { apples: 3, pears: 30 };
    println!("after big sale: {:?}", shop);

    shop += 7;
    println!("after apple crate: {:?}", shop);

    let mut history = vec![shop];
    for day in 1..=3 {
        let mut s = *history.last().unwrap();
        s -= Stock { apples: day * 2, pears: 0 };
        history.push(s);
    }
    let apples: Vec<u32> = history.iter().map(|s| s.apples).collect();
    println!("apples over time: {:?}", apples);
}
