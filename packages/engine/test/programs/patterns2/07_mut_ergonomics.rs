#[derive(Debug)]
enum Account {
    Checking { balance: i64, overdraft: i64 },
    Savings { balance: i64, rate_bp: u32 },
    Frozen,
}

fn apply_interest(acc: &mut Account) {
    // matching &mut Account: balance and rate_bp bind as &mut i64 / &mut u32
    if let Account::Savings { balance, rate_bp } = acc {
        *balance += *balance * (*rate_bp as i64) / 10_000;
    }
}

fn withdraw(acc: &mut Account, amount: i64) -> Result<(), String> {
    match acc {
        Account::Checking { balance, overdraft } => {
            if *balance + *overdraft >= amount {
                *balance -= amount;
                Ok(())
            } else {
                Err(format!("limit exceeded by {}", amount - *balance - *overdraft))
            }
        }
        Account::Savings { balance, .. } if *balance >= amount => {
            *balance -= amount;
            Ok(())
        }
        Account::Savings { .. } => Err("insufficient savings".to_string()),
        Account::Frozen => Err("account frozen".to_string()),
    }
}

fn main() {
    let mut accounts = vec![
        Account::Checking { balance: 500, overdraft: 200 },
        Account::Savings { balance: 10_000, rate_bp: 250 },
        Account::Frozen,
    ];
    for acc in accounts.iter_mut() {
        apply_interest(acc);
    }
    for (i, acc) in accounts.iter_mut().enumerate() {
        match withdraw(acc, 650) {
            Ok(()) => println!("#{} withdrew 650", i),
            Err(e) => println!("#{} failed: {}", i, e),
        }
    }
    for acc in &accounts {
        println!("{:?}", acc);
    }
    println!("{:?}", withdraw(&mut accounts[0], 100));
}
