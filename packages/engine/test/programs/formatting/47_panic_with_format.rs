#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

fn withdraw(acc: &mut Account, amount: i64) {
    if amount > acc.balance {
        panic!("insufficient funds: {} has {} but wants {}", acc.owner, acc.balance, amount);
    }
    acc.balance -= amount;
    println!("{} withdrew {:>5}, left {:>5}", acc.owner, amount, acc.balance);
}

fn main() {
    let mut acc = Account { owner: "Zoe".to_string(), balance: 500 };
    println!("{:?}", acc);
    withdraw(&mut acc, 120);
    withdraw(&mut acc, 300);
    withdraw(&mut acc, 200);
    println!("unreachable {:?}", acc);
}
