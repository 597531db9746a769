use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum BankError {
    InsufficientFunds { balance: i64, requested: i64 },
    InvalidAmount(i64),
    AccountFrozen,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::InsufficientFunds { balance, requested } => {
                write!(f, "insufficient funds: balance {}, requested {}", balance, requested)
            }
            BankError::InvalidAmount(a) => write!(f, "invalid amount {}", a),
            BankError::AccountFrozen => write!(f, "account is frozen"),
        }
    }
}

#[derive(Debug)]
enum Transaction {
    Deposit(i64),
    Withdrawal(i64),
}

struct Account {
    owner: String,
    balance: i64,
    frozen: bool,
    log: Vec<Transaction>,
}

impl Account {
    fn open(owner: &str) -> Account {
        Account { owner: owner.to_string(), balance: 0, frozen: false, log: Vec::new() }
    }

    fn check(&self, amount: i64) -> Result<(), BankError> {
        if self.frozen {
            return Err(BankError::AccountFrozen);
        }
        if amount <= 0 {
            return Err(BankError::InvalidAmount(amount));
        }
        Ok(())
    }

    fn deposit(&mut self, amount: i64) -> Result<i64, BankError> {
        self.check(amount)?;
        self.balance += amount;
        self.log.push(Transaction::Deposit(amount));
        Ok(self.balance)
    }

    fn withdraw(&mut self, amount: i64) -> Result<i64, BankError> {
        self.check(amount)?;
        if amount > self.balance {
            return Err(BankError::InsufficientFunds { balance: self.balance, requested: amount });
        }
        self.balance -= amount;
        self.log.push(Transaction::Withdrawal(amount));
        Ok(self.balance)
    }
}

fn main() {
    let mut acct = Account::open("Grace Hopper");
    println!("{:?}", acct.deposit(500));
    println!("{:?}", acct.withdraw(120));
    match acct.withdraw(1000) {
        Ok(b) => println!("new balance {}", b),
        Err(e) => println!("error: {}", e),
    }
    if let Err(e) = acct.deposit(-5) {
        println!("error: {}", e);
    }
    acct.frozen = true;
    assert_eq!(acct.deposit(10), Err(BankError::AccountFrozen));
    println!("statement for {}:", acct.owner);
    for (i, t) in acct.log.iter().enumerate() {
        println!("  #{} {:?}", i + 1, t);
    }
    println!("closing balance: {}", acct.balance);
}
