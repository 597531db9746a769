use std::collections::HashMap;

fn main() {
    let mut accounts: HashMap<&str, i64> = HashMap::new();
    accounts.insert("checking", 500);
    accounts.insert("savings", 1000);

    let amount = 200;
    // try to move money between two entries at once
    let from = accounts.get_mut("savings").unwrap();
    let to = accounts.get_mut("checking").unwrap();
    *from -= amount;
    *to += amount;

    println!("checking: {}", accounts["checking"]);
    println!("savings: {}", accounts["savings"]);
}
