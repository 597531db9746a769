// A custom error enum for a bank account.
use std::fmt;

#[derive(Debug, PartialEq)]
enum BankError {
    InsufficientFunds { needed: u64, available: u64 },
    AccountFrozen,
    ZeroAmount,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::InsufficientFunds { needed, available } => {
                write!(f, "need {} but only {} available", needed, available)
            }
            BankError::AccountFrozen => write!(f, "account is frozen"),
            BankError::ZeroAmount => write!(f, "amount must be positive"),
        }
    }
}

struct Account {
    balance: u64,
    frozen: bool,
}

impl Account {
    fn withdraw(&mut self, amount: u64) -> Result<u64, BankError> {
        if amount == 0 {
            return Err(BankError::ZeroAmount);
        }
        if self.frozen {
            return Err(BankError::AccountFrozen);
        }
        if amount > self.balance {
            return Err(BankError::InsufficientFunds { needed: amount, available: self.balance });
        }
        self.balance -= amount;
        Ok(self.balance)
    }
}

fn main() {
    let mut acc = Account { balance: 100, frozen: false };
    for amount in [30, 0, 80, 70] {
        match acc.withdraw(amount) {
            Ok(left) => println!("withdrew {}, {} left", amount, left),
            Err(e) => println!("withdraw {} failed: {}", amount, e),
        }
    }
    acc.frozen = true;
    let r = acc.withdraw(1);
    println!("{:?}", r);
    println!("is frozen error: {}", r == Err(BankError::AccountFrozen));
}
