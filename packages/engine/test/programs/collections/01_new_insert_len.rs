use std::collections::HashMap;

fn main() {
    // A fresh map starts out empty.
    let mut ages: HashMap<String, u32> = HashMap::new();
    println!("empty at start: {}", ages.is_empty());
    println!("len at start: {}", ages.len());

    ages.insert(String::from("Alice"), 30);
    ages.insert(String::from("Bob"), 25);
    ages.insert(String::from("Carol"), 35);

    println!("empty now: {}", ages.is_empty());
    println!("len now: {}", ages.len());

    let total: u32 = ages.values().sum();
    println!("total age: {}", total);
}
