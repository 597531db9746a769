struct Account {
    balance: i64,
    history: Vec<i64>,
}

impl Account {
    fn record(&self, amount: i64) {
        self.history.push(amount);
    }
}

fn main() {
    let mut acct = Account { balance: 0, history: Vec::new() };
    for amt in [100, -40, 25] {
        acct.balance += amt;
        acct.record(amt);
    }
    println!("balance {} after {:?}", acct.balance, acct.history);
}
