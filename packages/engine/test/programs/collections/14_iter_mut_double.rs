use std::collections::HashMap;

fn main() {
    let mut balances: HashMap<&str, i64> = HashMap::new();
    balances.insert("ann", 100);
    balances.insert("ben", 250);
    balances.insert("cat", -20);

    // Mutably borrow the map to change each value in place.
    for (_, amount) in &mut balances {
        *amount *= 2;
    }

    for (name, amount) in balances.iter_mut() {
        if name.starts_with('c') {
            *amount = 0;
        }
    }

    let total: i64 = balances.values().sum();
    println!("total: {}", total);
    println!("ann: {}", balances["ann"]);
    println!("ben: {}", balances["ben"]);
    println!("cat: {}", balances["cat"]);
}
