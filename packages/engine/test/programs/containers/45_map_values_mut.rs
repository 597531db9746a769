use std::collections::HashMap;

fn main() {
    let mut prices: HashMap<String, f64> = HashMap::new();
    prices.insert("coffee".into(), 3.20);
    prices.insert("tea".into(), 2.50);
    prices.insert("cake".into(), 4.75);
    prices.insert("water".into(), 1.00);

    // 10% price increase
    for p in prices.values_mut() {
        *p *= 1.10;
    }

    // drop anything cheaper than 2.00
    prices.retain(|_, p| *p >= 2.0);

    for (name, p) in prices.iter_mut() {
        if name.starts_with('c') {
            *p -= 0.50;
        }
    }

    let mut menu: Vec<_> = prices.iter().collect();
    menu.sort_by(|a, b| a.0.cmp(b.0));
    for (name, p) in menu {
        println!("{:<8}{:>6.2}", name, p);
    }
    let total: f64 = prices.values().sum();
    println!("total {:.2}", total);
}
