use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<String, u32> = HashMap::new();
    stock.insert(String::from("bolts"), 100);
    stock.insert(String::from("nuts"), 80);

    let bolts = stock.get_mut("bolts").unwrap();
    *bolts -= 10;

    // a second mutable borrow while `bolts` is still alive
    stock.insert(String::from("screws"), 50);

    *bolts -= 5;
    println!("bolts: {}", stock["bolts"]);
    println!("kinds: {}", stock.len());
}
