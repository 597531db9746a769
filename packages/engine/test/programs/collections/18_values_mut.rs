use std::collections::HashMap;

fn main() {
    let mut inventory: HashMap<&str, Vec<u32>> = HashMap::new();
    inventory.insert("red", vec![1, 2]);
    inventory.insert("green", vec![]);
    inventory.insert("blue", vec![5]);

    for list in inventory.values_mut() {
        list.push(0);
    }

    let mut counters: HashMap<u8, i32> = HashMap::new();
    counters.insert(1, 10);
    counters.insert(2, 20);
    for v in counters.values_mut() {
        *v += 1;
    }

    println!("red: {:?}", inventory["red"]);
    println!("green: {:?}", inventory["green"]);
    println!("blue: {:?}", inventory["blue"]);
    println!("counter 1: {}", counters[&1]);
    println!("counter 2: {}", counters[&2]);
    let total_items: usize = inventory.values().map(|v| v.len()).sum();
    println!("total items: {}", total_items);
}
