use std::collections::HashMap;

fn main() {
    let inventory: HashMap<String, u32> = HashMap::new();

    let items = ["hammer", "saw", "drill"];
    for (i, item) in items.iter().enumerate() {
        // the map was not declared `mut`
        inventory.insert(item.to_string(), i as u32 + 1);
    }

    println!("items: {}", inventory.len());
    if let Some(n) = inventory.get("saw") {
        println!("saw: {}", n);
    }
}
