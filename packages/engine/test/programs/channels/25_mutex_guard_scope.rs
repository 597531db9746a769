use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let inventory = Arc::new(Mutex::new(vec![("apple", 5), ("pear", 2)]));

    let restock = {
        let inv = Arc::clone(&inventory);
        thread::spawn(move || {
            let mut items = inv.lock().unwrap();
            for item in items.iter_mut() {
                item.1 += 10;
            }
            items.push(("plum", 7));
            items.len()
        })
    };

    let count = restock.join().unwrap();
    let items = inventory.lock().unwrap();
    println!("{} kinds of fruit", count);
    for (name, qty) in items.iter() {
        println!("{:<6} {}", name, qty);
    }
}
