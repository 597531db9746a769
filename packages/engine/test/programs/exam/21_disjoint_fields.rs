struct Account {
    owner: String,
    balance: i64,
    history: Vec<i64>,
}

fn main() {
    let mut acc = Account { owner: String::from("Maya"), balance: 0, history: Vec::new() };
    let bal = &mut acc.balance;
    let hist = &mut acc.history;
    for amount in [50, -20, 30] {
        *bal += amount;
        hist.push(amount);
    }
    let name = &acc.owner;
    println!("{}: balance {} after {:?}", name, acc.balance, acc.history);
}
