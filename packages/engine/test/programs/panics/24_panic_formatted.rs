// panic! takes a format string, like println!.
struct Account {
    owner: String,
    balance: i64,
}

fn withdraw(acc: &mut Account, amount: i64) {
    if amount > acc.balance {
        panic!(
            "{} tried to withdraw {} but only has {}",
            acc.owner, amount, acc.balance
        );
    }
    acc.balance -= amount;
}

fn main() {
    let mut acc = Account { owner: String::from("Dana"), balance: 100 };
    withdraw(&mut acc, 30);
    println!("balance after first: {}", acc.balance);
    withdraw(&mut acc, 80);
    println!("balance after second: {}", acc.balance);
}
