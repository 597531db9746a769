trait Account {
    fn balance(&self) -> i64;
}

struct Savings { cents: i64, rate: u32 }

impl Savings {
    fn interest_rate(&self) -> u32 { self.rate }
}

impl Account for Savings {
    fn balance(&self) -> i64 { self.cents }
}

fn main() {
    let acc: Box<dyn Account> = Box::new(Savings { cents: 5000, rate: 3 });
    println!("balance {}", acc.balance());
    // The vtable only knows the trait's methods.
    println!("rate {}", acc.interest_rate());
}
