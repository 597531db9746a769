use std::collections::{HashMap, HashSet};

fn main() {
    let purchases = vec![
        ("ann", "milk"),
        ("bob", "eggs"),
        ("ann", "eggs"),
        ("ann", "milk"),
        ("cy", "tea"),
    ];

    let mut customers: HashSet<&str> = HashSet::new();
    let mut per_item: HashMap<&str, u32> = HashMap::new();
    for (who, item) in &purchases {
        customers.insert(*who);
        *per_item.entry(*item).or_insert(0) += 1;
    }

    println!("customers: {}", customers.len());
    println!("ann shopped: {}", customers.contains("ann"));
    println!("dan shopped: {}", customers.contains("dan"));

    let mut items: Vec<(&str, u32)> = per_item.into_iter().collect();
    items.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (item, n) in items {
        println!("{} x{}", item, n);
    }
}
