// Quiz answer: use the real field name.
struct Account {
    owner: String,
    balance: i64,
}

impl Account {
    fn new(owner: &str) -> Self {
        Account { owner: owner.to_string(), balance: 0 }
    }

    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }
}

fn main() {
    let mut acc = Account::new("Grace");
    acc.deposit(120);
    acc.deposit(30);
    println!("{} has {}", acc.owner, acc.balance);
}
