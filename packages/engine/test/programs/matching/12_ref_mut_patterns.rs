#[derive(Debug)]
enum Account {
    Checking { balance: i64, overdraft: i64 },
    Savings { balance: i64, rate_pct: i64 },
}

fn apply_interest(acct: &mut Account) {
    match acct {
        Account::Savings { balance, rate_pct } => {
            *balance += *balance * *rate_pct / 100;
        }
        Account::Checking { .. } => {}
    }
}

fn main() {
    let mut accounts = vec![
        Account::Checking { balance: 250, overdraft: 100 },
        Account::Savings { balance: 1000, rate_pct: 5 },
    ];
    for a in accounts.iter_mut() {
        apply_interest(a);
    }
    println!("{:?}", accounts);

    let mut pair = (String::from("left"), String::from("right"));
    {
        let (ref mut l, ref r) = pair;
        l.push_str("-modified");
        println!("r is still {}", r);
    }
    println!("{:?}", pair);

    let mut maybe_count = Some(3);
    match maybe_count {
        Some(ref mut c) => *c += 10,
        None => {}
    }
    println!("{:?}", maybe_count);

    if let Account::Checking { ref mut overdraft, .. } = accounts[0] {
        *overdraft = 0;
    }
    println!("{:?}", accounts[0]);
}
