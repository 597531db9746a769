#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

fn deposit(acct: Option<&mut Account>, amount: i64) {
    if let Some(a) = acct {
        a.balance += amount;
    }
}

fn main() {
    let mut primary: Option<Account> = Some(Account {
        owner: String::from("Mia"),
        balance: 100,
    });
    let mut backup: Option<Account> = None;

    deposit(primary.as_mut(), 50);
    deposit(backup.as_mut(), 50);

    // as_ref lets us look without moving the Account out of the Option
    let owner_len = primary.as_ref().map(|a| a.owner.len()).unwrap_or(0);
    println!("owner name length: {}", owner_len);

    if let Some(a) = primary.as_mut() {
        a.owner.push_str(" K.");
    }
    println!("{:?}", primary);
    println!("{:?}", backup);

    let name: Option<String> = Some(String::from("config.toml"));
    let len = name.as_deref().map(str::len);
    println!("{:?} {:?}", name, len);

    backup.get_or_insert(Account { owner: String::from("Bank"), balance: 0 }).balance += 5;
    println!("{:?}", backup.as_ref().unwrap().balance);
}
