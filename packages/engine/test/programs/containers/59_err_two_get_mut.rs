use std::collections::HashMap;

fn main() {
    let mut accounts: HashMap<&str, i64> = HashMap::new();
    accounts.insert("alice", 100);
    accounts.insert("bob", 50);

    let from = accounts.get_mut("alice").unwrap();
    let to = accounts.get_mut("bob").unwrap();
    *from -= 30;
    *to += 30;

    println!("alice {} bob {}", accounts["alice"], accounts["bob"]);
}
