// A get_mut borrow that ends inside the `if let` does not block
// a later insert on the same map.
use std::collections::HashMap;

fn deposit(accounts: &mut HashMap<String, i64>, who: &str, amount: i64) {
    if let Some(bal) = accounts.get_mut(who) {
        *bal += amount;
        return;
    }
    accounts.insert(who.to_string(), amount);
}

fn main() {
    let mut accounts = HashMap::new();
    deposit(&mut accounts, "ana", 50);
    deposit(&mut accounts, "ben", 20);
    deposit(&mut accounts, "ana", -15);

    match accounts.get_mut("ben") {
        Some(b) => *b *= 3,
        None => println!("no ben"),
    }
    accounts.insert("cat".to_string(), 1);

    let mut names: Vec<_> = accounts.keys().cloned().collect();
    names.sort();
    for n in names {
        println!("{} -> {}", n, accounts[&n]);
    }
}
