// Two mutable accounts from one Vec, safely, with split_at_mut.
#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

fn transfer(from: &mut Account, to: &mut Account, amount: i64) -> bool {
    if from.balance < amount {
        return false;
    }
    from.balance -= amount;
    to.balance += amount;
    true
}

fn main() {
    let mut accounts = vec![
        Account { owner: "Ana".into(), balance: 100 },
        Account { owner: "Ben".into(), balance: 20 },
        Account { owner: "Cy".into(), balance: 0 },
    ];
    {
        let (left, right) = accounts.split_at_mut(1);
        println!("ok: {}", transfer(&mut left[0], &mut right[1], 40));
    }
    if let [a, b, _] = accounts.as_mut_slice() {
        println!("ok: {}", transfer(b, a, 500));
    }
    for a in &accounts {
        println!("{}: {}", a.owner, a.balance);
    }
}
