mod bank {
    pub struct Account {
        pub owner: String,
        balance: u64,
    }

    impl Account {
        pub fn open(owner: &str, initial: u64) -> Account {
            Account { owner: owner.to_string(), balance: initial }
        }

        pub fn deposit(&mut self, amount: u64) {
            self.balance += amount;
        }

        pub fn balance(&self) -> u64 {
            self.balance
        }
    }
}

fn main() {
    let mut acct = bank::Account::open("Dana", 50);
    acct.deposit(25);
    println!("{} has {}", acct.owner, acct.balance());
    acct.balance = 1_000_000;
    println!("{} now has {}", acct.owner, acct.balance());
}
