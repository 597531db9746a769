// A tiny bank "library": the balance is private, so it can only change through methods.
mod bank {
    pub struct Account {
        pub owner: String,
        balance: i64,
    }

    impl Account {
        pub fn new(owner: &str) -> Account {
            Account { owner: owner.to_string(), balance: 0 }
        }

        pub fn deposit(&mut self, amount: i64) {
            self.balance += amount;
        }

        pub fn withdraw(&mut self, amount: i64) -> Result<(), String> {
            if amount > self.balance {
                return Err(format!("insufficient funds: have {}, need {}", self.balance, amount));
            }
            self.balance -= amount;
            Ok(())
        }

        pub fn balance(&self) -> i64 {
            self.balance
        }
    }
}

use bank::Account;

fn main() {
    let mut acct = Account::new("Maria");
    acct.deposit(500);
    match acct.withdraw(200) {
        Ok(()) => println!("withdrew 200"),
        Err(e) => println!("error: {}", e),
    }
    match acct.withdraw(1000) {
        Ok(()) => println!("withdrew 1000"),
        Err(e) => println!("error: {}", e),
    }
    println!("{} has {}", acct.owner, acct.balance());
}
