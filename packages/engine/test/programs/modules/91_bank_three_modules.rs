mod accounts {
    pub struct Account {
        pub id: u32,
        pub owner: String,
        balance: i64,
    }

    impl Account {
        pub fn new(id: u32, owner: &str, opening: i64) -> Account {
            Account { id, owner: owner.to_string(), balance: opening }
        }
        pub fn balance(&self) -> i64 {
            self.balance
        }
        pub(crate) fn adjust(&mut self, delta: i64) {
            self.balance += delta;
        }
    }
}

mod transactions {
    use crate::accounts::Account;

    #[derive(Debug)]
    pub enum Tx {
        Deposit(u32, i64),
        Withdraw(u32, i64),
        Transfer { from: u32, to: u32, amount: i64 },
    }

    fn find(accts: &mut [Account], id: u32) -> &mut Account {
        accts.iter_mut().find(|a| a.id == id).expect("unknown account")
    }

    pub fn apply(accts: &mut [Account], tx: &Tx) {
        match *tx {
            Tx::Deposit(id, amt) => find(accts, id).adjust(amt),
            Tx::Withdraw(id, amt) => find(accts, id).adjust(-amt),
            Tx::Transfer { from, to, amount } => {
                find(accts, from).adjust(-amount);
                find(accts, to).adjust(amount);
            }
        }
    }
}

mod reports {
    use crate::accounts::Account;

    pub fn summary(accts: &[Account]) -> String {
        let mut lines = Vec::new();
        for a in accts {
            lines.push(format!("#{} {:<8} {:>7}", a.id, a.owner, a.balance()));
        }
        let total: i64 = accts.iter().map(|a| a.balance()).sum();
        lines.push(format!("total {:>17}", total));
        lines.join("\n")
    }
}

use transactions::Tx;

fn main() {
    let mut accts = vec![
        accounts::Account::new(1, "alice", 500),
        accounts::Account::new(2, "bob", 120),
        accounts::Account::new(3, "carol", 0),
    ];
    let log = vec![
        Tx::Deposit(3, 75),
        Tx::Transfer { from: 1, to: 2, amount: 200 },
        Tx::Withdraw(2, 20),
    ];
    for tx in &log {
        println!("applying {:?}", tx);
        transactions::apply(&mut accts, tx);
    }
    println!("{}", reports::summary(&accts));
}
