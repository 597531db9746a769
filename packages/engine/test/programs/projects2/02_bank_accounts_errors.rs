// Week project: a bank with accounts, transactions and a custom error type.
use std::fmt;

#[derive(Debug, Clone, Copy)]
enum Transaction {
    Deposit(u64),
    Withdraw(u64),
    TransferOut { to: usize, amount: u64 },
    TransferIn { from: usize, amount: u64 },
}

#[derive(Debug)]
enum BankError {
    UnknownAccount(usize),
    InsufficientFunds { needed: u64, available: u64 },
    ZeroAmount,
    SameAccount,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::UnknownAccount(n) => write!(f, "account {} does not exist", n),
            BankError::InsufficientFunds { needed, available } => {
                write!(f, "needed {} cents but only {} available", needed, available)
            }
            BankError::ZeroAmount => write!(f, "amount must be positive"),
            BankError::SameAccount => write!(f, "cannot transfer to the same account"),
        }
    }
}

struct Account {
    owner: String,
    balance: u64,
    history: Vec<Transaction>,
}

struct Bank {
    accounts: Vec<Account>,
}

impl Bank {
    fn open(&mut self, owner: &str, initial: u64) -> usize {
        let mut acc = Account { owner: owner.to_string(), balance: 0, history: vec![] };
        if initial > 0 {
            acc.balance = initial;
            acc.history.push(Transaction::Deposit(initial));
        }
        self.accounts.push(acc);
        self.accounts.len() - 1
    }

    fn account_mut(&mut self, id: usize) -> Result<&mut Account, BankError> {
        self.accounts.get_mut(id).ok_or(BankError::UnknownAccount(id))
    }

    fn deposit(&mut self, id: usize, amount: u64) -> Result<u64, BankError> {
        if amount == 0 {
            return Err(BankError::ZeroAmount);
        }
        let acc = self.account_mut(id)?;
        acc.balance += amount;
        acc.history.push(Transaction::Deposit(amount));
        Ok(acc.balance)
    }

    fn withdraw(&mut self, id: usize, amount: u64) -> Result<u64, BankError> {
        if amount == 0 {
            return Err(BankError::ZeroAmount);
        }
        let acc = self.account_mut(id)?;
        if acc.balance < amount {
            return Err(BankError::InsufficientFunds { needed: amount, available: acc.balance });
        }
        acc.balance -= amount;
        acc.history.push(Transaction::Withdraw(amount));
        Ok(acc.balance)
    }

    fn transfer(&mut self, from: usize, to: usize, amount: u64) -> Result<(), BankError> {
        if from == to {
            return Err(BankError::SameAccount);
        }
        // check the destination first so a failed transfer changes nothing
        self.account_mut(to)?;
        self.withdraw(from, amount)?;
        self.accounts[from].history.pop();
        self.accounts[from].history.push(Transaction::TransferOut { to, amount });
        let dest = self.account_mut(to)?;
        dest.balance += amount;
        dest.history.push(Transaction::TransferIn { from, amount });
        Ok(())
    }
}

fn cents(c: u64) -> String {
    format!("${}.{:02}", c / 100, c % 100)
}

fn run_day(bank: &mut Bank) -> Result<(), BankError> {
    let alice = bank.open("alice", 50_00);
    let bruno = bank.open("bruno", 0);
    bank.deposit(bruno, 12_50)?;
    bank.transfer(alice, bruno, 20_00)?;
    let left = bank.withdraw(bruno, 30_00)?;
    println!("bruno has {} left", cents(left));
    bank.withdraw(bruno, 10_00)?;
    println!("this line is never reached");
    Ok(())
}

fn main() {
    let mut bank = Bank { accounts: Vec::new() };
    if let Err(e) = run_day(&mut bank) {
        println!("day stopped: {}", e);
    }
    for (label, result) in [
        ("deposit 0", bank.deposit(0, 0)),
        ("deposit to 9", bank.deposit(9, 100)),
    ] {
        match result {
            Ok(b) => println!("{}: ok, balance {}", label, cents(b)),
            Err(e) => println!("{}: {}", label, e),
        }
    }
    if let Err(e) = bank.transfer(1, 1, 5) {
        println!("transfer: {}", e);
    }
    for acc in &bank.accounts {
        println!("{} -> {}", acc.owner, cents(acc.balance));
        for t in &acc.history {
            println!("    {:?}", t);
        }
    }
}
