// Week project: monthly bank statements. One match arm produces the wrong type.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Checking,
    Savings { rate_percent: u32 },
}

#[derive(Debug)]
struct Account {
    id: u32,
    owner: String,
    kind: Kind,
    balance_cents: i64,
}

#[derive(Debug)]
enum StatementError {
    Frozen(u32),
}

impl fmt::Display for StatementError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            StatementError::Frozen(id) => write!(f, "account {} is frozen", id),
        }
    }
}

fn monthly_interest(acc: &Account) -> i64 {
    match acc.kind {
        Kind::Checking => 0,
        Kind::Savings { rate_percent } => acc.balance_cents * rate_percent as i64 / 1200,
    }
}

fn fee(acc: &Account) -> i64 {
    if acc.kind == Kind::Checking && acc.balance_cents < 1_000_00 {
        5_00
    } else {
        0
    }
}

fn standing(acc: &Account) -> &'static str {
    let level = match acc.balance_cents {
        b if b < 0 => "overdrawn",
        0 => "empty",
        1..=99_99 => "low",
        _ => acc.balance_cents / 100,
    };
    level
}

fn statement(acc: &mut Account, frozen: &[u32]) -> Result<String, StatementError> {
    if frozen.contains(&acc.id) {
        return Err(StatementError::Frozen(acc.id));
    }
    let interest = monthly_interest(acc);
    let charge = fee(acc);
    let opening = acc.balance_cents;
    acc.balance_cents += interest - charge;
    Ok(format!(
        "#{} {:<6} opening {:>9} interest {:>5} fee {:>4} closing {:>9} [{}]",
        acc.id,
        acc.owner,
        opening,
        interest,
        charge,
        acc.balance_cents,
        standing(acc)
    ))
}

fn main() {
    let mut accounts = vec![
        Account { id: 1, owner: "nina".into(), kind: Kind::Checking, balance_cents: 250_00 },
        Account { id: 2, owner: "omar".into(), kind: Kind::Savings { rate_percent: 3 }, balance_cents: 12_000_00 },
        Account { id: 3, owner: "pat".into(), kind: Kind::Checking, balance_cents: -40_00 },
        Account { id: 4, owner: "quin".into(), kind: Kind::Savings { rate_percent: 5 }, balance_cents: 0 },
    ];
    let frozen = [3];
    for month in 1..=2 {
        println!("-- month {} --", month);
        for acc in accounts.iter_mut() {
            match statement(acc, &frozen) {
                Ok(line) => println!("{}", line),
                Err(e) => println!("skipped: {}", e),
            }
        }
    }
    let total: i64 = accounts.iter().map(|a| a.balance_cents).sum();
    println!("bank total: {} cents", total);
}
