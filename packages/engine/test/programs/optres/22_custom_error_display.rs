use std::fmt;

#[derive(Debug, PartialEq)]
enum WithdrawError {
    InsufficientFunds { needed: u64, available: u64 },
    AccountFrozen,
    ZeroAmount,
}

impl fmt::Display for WithdrawError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            WithdrawError::InsufficientFunds { needed, available } => {
                write!(f, "need {} but only {} available", needed, available)
            }
            WithdrawError::AccountFrozen => write!(f, "account is frozen"),
            WithdrawError::ZeroAmount => write!(f, "amount must be positive"),
        }
    }
}

struct Account {
    balance: u64,
    frozen: bool,
}

impl Account {
    fn withdraw(&mut self, amount: u64) -> Result<u64, WithdrawError> {
        if self.frozen {
            return Err(WithdrawError::AccountFrozen);
        }
        if amount == 0 {
            return Err(WithdrawError::ZeroAmount);
        }
        if amount > self.balance {
            return Err(WithdrawError::InsufficientFunds { needed: amount, available: self.balance });
        }
        self.balance -= amount;
        Ok(self.balance)
    }
}

fn main() {
    let mut acct = Account { balance: 100, frozen: false };
    for amt in [30, 0, 200, 70] {
        match acct.withdraw(amt) {
            Ok(left) => println!("withdrew {}, left {}", amt, left),
            Err(e) => println!("failed to withdraw {}: {}", amt, e),
        }
    }
    acct.frozen = true;
    let err = acct.withdraw(1).unwrap_err();
    println!("{} / {:?} / eq={}", err, err, err == WithdrawError::AccountFrozen);
}
