// Inventory in a BTreeMap: keys come out sorted.
use std::collections::BTreeMap;

#[derive(Debug)]
struct Stock {
    qty: u32,
    price_cents: u32,
}

fn main() {
    let mut inv: BTreeMap<String, Stock> = BTreeMap::new();
    inv.insert("widget".to_string(), Stock { qty: 10, price_cents: 250 });
    inv.insert("bolt".to_string(), Stock { qty: 200, price_cents: 5 });
    inv.insert("gear".to_string(), Stock { qty: 0, price_cents: 1200 });
    inv.insert("nut".to_string(), Stock { qty: 150, price_cents: 4 });

    for (name, s) in &inv {
        println!("{:<8} qty {:>4} @ {:>5}", name, s.qty, s.price_cents);
    }

    if let Some(s) = inv.get_mut("gear") {
        s.qty += 5;
    }
    let sold = ["bolt", "bolt", "widget", "spring"];
    for item in sold {
        match inv.get_mut(item) {
            Some(s) if s.qty > 0 => s.qty -= 1,
            Some(_) => println!("{} out of stock", item),
            None => println!("unknown item {}", item),
        }
    }

    let value: u32 = inv.values().map(|s| s.qty * s.price_cents).sum();
    println!("total value: {} cents", value);

    println!("items from 'c' to 'o':");
    for (name, s) in inv.range("c".to_string().."o".to_string()) {
        println!("  {} -> {:?}", name, s);
    }
    let removed = inv.remove("nut");
    println!("removed nut: {:?}", removed.map(|s| s.qty));
    println!("first: {:?}", inv.keys().next());
    println!("last: {:?}", inv.keys().next_back());
}
