use std::collections::HashMap;

fn main() {
    let sales = vec![("apples", 3), ("pears", 2), ("apples", 5), ("plums", 1), ("pears", 4)];
    let mut totals: HashMap<&str, u32> = HashMap::new();

    for (fruit, qty) in sales {
        totals
            .entry(fruit)
            .and_modify(|t| *t += qty)
            .or_insert(qty);
    }

    let mut keys: Vec<_> = totals.keys().collect();
    keys.sort();
    for k in keys {
        println!("{:>8} -> {}", k, totals[k]);
    }
}
