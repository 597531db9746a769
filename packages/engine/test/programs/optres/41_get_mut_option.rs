use std::collections::HashMap;

fn main() {
    let mut scores = vec![10, 20, 30];
    if let Some(s) = scores.get_mut(1) {
        *s += 5;
    }
    match scores.get_mut(10) {
        Some(s) => *s = 0,
        None => println!("index 10 out of range"),
    }
    println!("{:?}", scores);

    let mut balances: HashMap<String, i64> = HashMap::new();
    balances.insert("alice".to_string(), 100);
    balances.insert("bob".to_string(), 50);

    for (who, delta) in [("alice", -30), ("carol", 10), ("bob", 25)] {
        match balances.get_mut(who) {
            Some(b) => {
                *b += delta;
                println!("{} now has {}", who, b);
            }
            None => println!("{} has no account", who),
        }
    }
    let mut names: Vec<_> = balances.keys().cloned().collect();
    names.sort();
    println!("accounts: {:?}", names);
    println!("alice: {:?}, dave: {:?}", balances.get("alice"), balances.get("dave"));
}
