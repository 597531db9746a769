use std::collections::HashMap;

fn restock(inv: &mut HashMap<String, u32>, item: &str, amount: u32) {
    if let Some(qty) = inv.get_mut(item) {
        *qty += amount;
    } else {
        inv.insert(item.to_string(), amount);
    }
}

fn main() {
    let mut inventory: HashMap<String, u32> = HashMap::new();
    inventory.insert("bolts".to_string(), 120);
    inventory.insert("nuts".to_string(), 80);

    restock(&mut inventory, "bolts", 30);
    restock(&mut inventory, "washers", 200);

    let mut items: Vec<(&String, &u32)> = inventory.iter().collect();
    items.sort_by(|a, b| a.0.cmp(b.0));
    for (name, qty) in items {
        println!("{:<8}{:>5}", name, qty);
    }
}
