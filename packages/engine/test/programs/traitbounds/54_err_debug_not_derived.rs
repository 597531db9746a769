#[derive(Clone, PartialEq)]
struct Account {
    owner: String,
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }
}

fn main() {
    let mut acc = Account { owner: String::from("Nadia"), balance: 100 };
    acc.deposit(50);
    let backup = acc.clone();
    println!("{:?}", backup);
}
