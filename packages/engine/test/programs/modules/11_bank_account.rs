mod bank {
    #[derive(Debug)]
    pub enum TxError {
        InsufficientFunds { needed: u64, available: u64 },
        ZeroAmount,
    }

    pub struct Account {
        owner: String,
        balance: u64, // cents
        history: Vec<i64>,
    }

    impl Account {
        pub fn open(owner: &str) -> Self {
            Account { owner: owner.to_string(), balance: 0, history: Vec::new() }
        }

        pub fn owner(&self) -> &str {
            &self.owner
        }

        pub fn balance(&self) -> u64 {
            self.balance
        }

        pub fn deposit(&mut self, amount: u64) -> Result<(), TxError> {
            if amount == 0 {
                return Err(TxError::ZeroAmount);
            }
            self.balance += amount;
            self.history.push(amount as i64);
            Ok(())
        }

        pub fn withdraw(&mut self, amount: u64) -> Result<(), TxError> {
            if amount == 0 {
                return Err(TxError::ZeroAmount);
            }
            if amount > self.balance {
                return Err(TxError::InsufficientFunds { needed: amount, available: self.balance });
            }
            self.balance -= amount;
            self.history.push(-(amount as i64));
            Ok(())
        }

        pub fn transactions(&self) -> usize {
            self.history.len()
        }
    }
}

use bank::Account;

fn main() {
    let mut acc = Account::open("Grace Hopper");
    acc.deposit(10_000).unwrap();
    acc.withdraw(2_550).unwrap();
    match acc.withdraw(50_000) {
        Ok(()) => println!("withdrawal ok"),
        Err(e) => println!("withdrawal failed: {:?}", e),
    }
    if let Err(e) = acc.deposit(0) {
        println!("deposit failed: {:?}", e);
    }
    println!("{} has ${}.{:02} after {} transactions",
        acc.owner(), acc.balance() / 100, acc.balance() % 100, acc.transactions());
}
