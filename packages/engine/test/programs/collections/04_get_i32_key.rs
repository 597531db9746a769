use std::collections::HashMap;

fn main() {
    let mut names: HashMap<i32, String> = HashMap::new();
    names.insert(1, String::from("one"));
    names.insert(2, String::from("two"));
    names.insert(3, String::from("three"));

    let key = 2;
    if let Some(name) = names.get(&key) {
        println!("{} -> {}", key, name);
    }

    for k in 1..=4 {
        if let Some(name) = names.get(&k) {
            println!("found {}: {} ({} bytes)", k, name, name.len());
        } else {
            println!("no entry for {}", k);
        }
    }

    let first: &String = names.get(&1).unwrap();
    println!("first = {}", first);
}
