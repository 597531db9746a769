// Week project: a bank that executes text commands, with From conversions for `?`.
use std::collections::BTreeMap;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum BankError {
    BadAmount(ParseIntError),
    BadCommand(String),
    NoAccount(String),
    Overdrawn { name: String, short_by: i64 },
}

impl From<ParseIntError> for BankError {
    fn from(e: ParseIntError) -> Self {
        BankError::BadAmount(e)
    }
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::BadAmount(e) => write!(f, "bad amount ({})", e),
            BankError::BadCommand(c) => write!(f, "unknown command '{}'", c),
            BankError::NoAccount(n) => write!(f, "no account for {}", n),
            BankError::Overdrawn { name, short_by } => write!(f, "{} is short by {}", name, short_by),
        }
    }
}

#[derive(Debug)]
enum Tx {
    Open(String),
    Move { name: String, delta: i64 },
}

struct Bank {
    balances: BTreeMap<String, i64>,
    ledger: Vec<Tx>,
    overdraft: i64,
}

impl Bank {
    fn balance_mut(&mut self, name: &str) -> Result<&mut i64, BankError> {
        self.balances.get_mut(name).ok_or_else(|| BankError::NoAccount(name.to_string()))
    }

    fn apply(&mut self, name: &str, delta: i64) -> Result<i64, BankError> {
        let limit = self.overdraft;
        let bal = self.balance_mut(name)?;
        if *bal + delta < -limit {
            return Err(BankError::Overdrawn { name: name.to_string(), short_by: -limit - (*bal + delta) });
        }
        *bal += delta;
        let now = *bal;
        self.ledger.push(Tx::Move { name: name.to_string(), delta });
        Ok(now)
    }

    fn execute(&mut self, line: &str) -> Result<String, BankError> {
        let parts: Vec<&str> = line.split_whitespace().collect();
        match parts[..] {
            ["open", name] => {
                self.balances.entry(name.to_string()).or_insert(0);
                self.ledger.push(Tx::Open(name.to_string()));
                Ok(format!("opened {}", name))
            }
            ["deposit", name, amount] => {
                let n: i64 = amount.parse()?;
                Ok(format!("{} now has {}", name, self.apply(name, n)?))
            }
            ["withdraw", name, amount] => {
                let n: i64 = amount.parse()?;
                Ok(format!("{} now has {}", name, self.apply(name, -n)?))
            }
            ["send", from, to, amount] => {
                let n: i64 = amount.parse()?;
                self.balance_mut(to)?;
                self.apply(from, -n)?;
                self.apply(to, n)?;
                Ok(format!("{} sent {} to {}", from, n, to))
            }
            _ => Err(BankError::BadCommand(line.to_string())),
        }
    }

    fn undo_last(&mut self) -> Option<String> {
        match self.ledger.pop()? {
            Tx::Open(name) => {
                self.balances.remove(&name);
                Some(format!("closed {}", name))
            }
            Tx::Move { name, delta } => {
                *self.balances.get_mut(&name)? -= delta;
                Some(format!("reverted {} on {}", delta, name))
            }
        }
    }
}

fn main() {
    let mut bank = Bank { balances: BTreeMap::new(), ledger: Vec::new(), overdraft: 20 };
    let script = [
        "open kim", "open lou", "deposit kim 100", "withdraw lou 15", "withdraw lou 10",
        "send kim lou 40", "send kim max 5", "deposit kim ten", "close kim", "deposit lou 7",
    ];
    for line in script {
        match bank.execute(line) {
            Ok(msg) => println!("ok   {:<18} {}", line, msg),
            Err(e) => println!("fail {:<18} {}", line, e),
        }
    }
    for _ in 0..2 {
        println!("undo: {:?}", bank.undo_last());
    }
    for (name, bal) in &bank.balances {
        println!("{}: {}", name, bal);
    }
    println!("ledger has {} entries", bank.ledger.len());
}
