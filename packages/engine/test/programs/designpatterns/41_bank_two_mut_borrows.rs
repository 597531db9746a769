// Mistake: two mutable borrows into the same Vec for a transfer.
#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

fn transfer(from: &mut Account, to: &mut Account, amount: i64) {
    from.balance -= amount;
    to.balance += amount;
}

fn main() {
    let mut accounts = vec![
        Account { owner: "Ana".into(), balance: 100 },
        Account { owner: "Ben".into(), balance: 20 },
    ];
    transfer(&mut accounts[0], &mut accounts[1], 30);
    println!("{:?}", accounts);
}
