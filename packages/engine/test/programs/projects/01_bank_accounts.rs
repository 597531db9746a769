// Chapter project: a small bank with accounts and transactions.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum TxKind {
    Deposit,
    Withdrawal,
    TransferIn(u32),
    TransferOut(u32),
}

#[derive(Debug, Clone)]
struct Transaction {
    kind: TxKind,
    amount: u64,
}

#[derive(Debug)]
enum BankError {
    InsufficientFunds { needed: u64, available: u64 },
    AccountNotFound(u32),
    ZeroAmount,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::InsufficientFunds { needed, available } => {
                write!(f, "insufficient funds: needed {} but only {} available", needed, available)
            }
            BankError::AccountNotFound(id) => write!(f, "account #{} not found", id),
            BankError::ZeroAmount => write!(f, "amount must be positive"),
        }
    }
}

struct Account {
    id: u32,
    owner: String,
    balance: u64,
    history: Vec<Transaction>,
}

impl Account {
    fn new(id: u32, owner: &str) -> Self {
        Account { id, owner: owner.to_string(), balance: 0, history: Vec::new() }
    }
}

struct Bank {
    accounts: Vec<Account>,
    next_id: u32,
}

impl Bank {
    fn new() -> Self {
        Bank { accounts: Vec::new(), next_id: 100 }
    }

    fn open(&mut self, owner: &str) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        self.accounts.push(Account::new(id, owner));
        id
    }

    fn find_mut(&mut self, id: u32) -> Result<&mut Account, BankError> {
        self.accounts.iter_mut().find(|a| a.id == id).ok_or(BankError::AccountNotFound(id))
    }

    fn deposit(&mut self, id: u32, amount: u64) -> Result<u64, BankError> {
        if amount == 0 {
            return Err(BankError::ZeroAmount);
        }
        let acc = self.find_mut(id)?;
        acc.balance += amount;
        acc.history.push(Transaction { kind: TxKind::Deposit, amount });
        Ok(acc.balance)
    }

    fn withdraw(&mut self, id: u32, amount: u64) -> Result<u64, BankError> {
        let acc = self.find_mut(id)?;
        if acc.balance < amount {
            return Err(BankError::InsufficientFunds { needed: amount, available: acc.balance });
        }
        acc.balance -= amount;
        acc.history.push(Transaction { kind: TxKind::Withdrawal, amount });
        Ok(acc.balance)
    }

    fn transfer(&mut self, from: u32, to: u32, amount: u64) -> Result<(), BankError> {
        // check the destination first so we never withdraw without depositing
        self.find_mut(to)?;
        self.withdraw(from, amount)?;
        self.find_mut(from)?.history.last_mut().unwrap().kind = TxKind::TransferOut(to);
        let dest = self.find_mut(to)?;
        dest.balance += amount;
        dest.history.push(Transaction { kind: TxKind::TransferIn(from), amount });
        Ok(())
    }

    fn total_deposits(&self) -> u64 {
        self.accounts.iter().map(|a| a.balance).sum()
    }
}

fn main() {
    let mut bank = Bank::new();
    let alice = bank.open("Alice");
    let bob = bank.open("Bob");

    println!("deposit -> {:?}", bank.deposit(alice, 500).map_err(|e| e.to_string()));
    println!("deposit -> {:?}", bank.deposit(bob, 120).map_err(|e| e.to_string()));
    println!("deposit 0 -> {:?}", bank.deposit(bob, 0).map_err(|e| e.to_string()));

    match bank.withdraw(bob, 200) {
        Ok(b) => println!("bob now has {}", b),
        Err(e) => println!("error: {}", e),
    }
    if let Err(e) = bank.transfer(alice, 999, 50) {
        println!("error: {}", e);
    }
    bank.transfer(alice, bob, 175).expect("transfer should work");

    for acc in &bank.accounts {
        println!("#{} {:<6} balance {:>5}", acc.id, acc.owner, acc.balance);
        for tx in &acc.history {
            println!("    {:?} {}", tx.kind, tx.amount);
        }
    }
    println!("total held: {}", bank.total_deposits());
}
