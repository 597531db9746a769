// expected: E0616 field `balance` is private (trying to set it directly)
mod bank {
    pub struct Account {
        pub holder: String,
        balance: i64,
    }

    impl Account {
        pub fn new(holder: &str) -> Account {
            Account { holder: holder.to_string(), balance: 0 }
        }

        pub fn deposit(&mut self, amount: i64) {
            self.balance += amount;
        }

        pub fn balance(&self) -> i64 {
            self.balance
        }
    }
}

fn main() {
    let mut acct = bank::Account::new("Mallory");
    acct.deposit(100);
    acct.balance = 1_000_000;
    println!("{} has {}", acct.holder, acct.balance());
}
