trait Account {
    fn balance(&self) -> i64;
    fn deposit(&mut self, amount: i64);
    fn withdraw(&mut self, amount: i64);
    fn owner(&self) -> String;

    fn summary(&self) -> String {
        format!("{}: {} cents", self.owner(), self.balance())
    }
}

struct Checking {
    owner: String,
    cents: i64,
}

impl Account for Checking {
    fn balance(&self) -> i64 {
        self.cents
    }
    fn deposit(&mut self, amount: i64) {
        self.cents += amount;
    }
    fn withdraw(&mut self, amount: i64) {
        if amount > self.cents {
            panic!("insufficient funds: balance {}, requested {}", self.cents, amount);
        }
        self.cents -= amount;
    }
    fn owner(&self) -> String {
        self.owner.clone()
    }
}

fn main() {
    let mut acct: Box<dyn Account> = Box::new(Checking { owner: "Maria".to_string(), cents: 10_000 });
    acct.deposit(2_500);
    println!("{}", acct.summary());
    acct.withdraw(7_000);
    println!("{}", acct.summary());
    acct.withdraw(6_000);
    println!("unreachable: {}", acct.summary());
}
