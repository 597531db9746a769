// Withdrawing more than the balance panics inside the module.
mod bank {
    pub const OVERDRAFT_LIMIT: u64 = 0;

    pub struct Account {
        owner: String,
        balance: u64,
    }

    impl Account {
        pub fn new(owner: &str, balance: u64) -> Account {
            Account { owner: String::from(owner), balance }
        }

        pub fn withdraw(&mut self, amount: u64) {
            if amount > self.balance + OVERDRAFT_LIMIT {
                panic!("{} cannot withdraw {}: balance is only {}", self.owner, amount, self.balance);
            }
            self.balance -= amount;
            println!("{} withdrew {}, {} left", self.owner, amount, self.balance);
        }
    }
}

fn main() {
    let mut acct = bank::Account::new("Priya", 120);
    acct.withdraw(50);
    acct.withdraw(50);
    acct.withdraw(50);
    println!("unreachable");
}
