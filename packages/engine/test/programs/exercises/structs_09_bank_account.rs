#[derive(Debug, PartialEq)]
enum TxError {
    Insufficient { needed: u64, available: u64 },
    Frozen,
    Zero,
}

#[derive(Debug)]
struct Account {
    owner: String,
    balance: u64,
    frozen: bool,
    history: Vec<i64>,
}

impl Account {
    const FEE: u64 = 2;

    fn open(owner: &str, initial: u64) -> Account {
        Account { owner: owner.to_string(), balance: initial, frozen: false, history: vec![initial as i64] }
    }

    fn deposit(&mut self, amt: u64) -> Result<u64, TxError> {
        if self.frozen {
            return Err(TxError::Frozen);
        }
        if amt == 0 {
            return Err(TxError::Zero);
        }
        self.balance += amt;
        self.history.push(amt as i64);
        Ok(self.balance)
    }

    fn withdraw(&mut self, amt: u64) -> Result<u64, TxError> {
        if self.frozen {
            return Err(TxError::Frozen);
        }
        let needed = amt + Self::FEE;
        if needed > self.balance {
            return Err(TxError::Insufficient { needed, available: self.balance });
        }
        self.balance -= needed;
        self.history.push(-(needed as i64));
        Ok(self.balance)
    }

    fn transfer(&mut self, to: &mut Account, amt: u64) -> Result<(), TxError> {
        self.withdraw(amt)?;
        to.deposit(amt)?;
        Ok(())
    }
}

fn main() {
    let mut a = Account::open("ann", 100);
    let mut b = Account::open("ben", 5);
    println!("{:?}", a.withdraw(30));
    println!("{:?}", a.deposit(0));
    println!("{:?}", b.withdraw(10));
    println!("{:?}", a.transfer(&mut b, 50));
    b.frozen = true;
    println!("{:?}", a.transfer(&mut b, 1));
    println!("{} {} {:?}", a.owner, a.balance, a.history);
    println!("{} {} {:?}", b.owner, b.balance, b.history);
    println!("{}", a.withdraw(1000) == Err(TxError::Insufficient { needed: 1002, available: 15 }));
}
