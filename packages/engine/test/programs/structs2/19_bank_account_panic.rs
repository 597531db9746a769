#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

impl Account {
    fn new(owner: &str) -> Account {
        Account { owner: owner.to_string(), balance: 0 }
    }

    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }

    fn withdraw(&mut self, amount: i64) {
        if amount > self.balance {
            panic!("insufficient funds: {} has {}, tried {}", self.owner, self.balance, amount);
        }
        self.balance -= amount;
    }
}

fn main() {
    let mut acct = Account::new("Bob");
    acct.deposit(100);
    acct.withdraw(30);
    println!("{:?}", acct);
    acct.withdraw(500);
    println!("unreachable: {:?}", acct);
}
