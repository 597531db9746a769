use std::collections::HashMap;

fn main() {
    let mut balances: HashMap<&str, i64> = HashMap::new();
    balances.insert("alice", 100);
    balances.insert("bob", 20);

    // transfer 30 from alice to bob
    let from = balances.get_mut("alice").unwrap();
    let to = balances.get_mut("bob").unwrap();
    *from -= 30;
    *to += 30;

    println!("alice={} bob={}", balances["alice"], balances["bob"]);
}
