use std::collections::HashMap;

fn total(prices: &HashMap<String, u32>) -> u32 {
    prices.values().sum()
}

fn add_item(prices: &mut HashMap<String, u32>, name: &str, price: u32) {
    prices.insert(name.to_string(), price);
}

fn price_of(prices: &HashMap<String, u32>, name: &str) -> Option<u32> {
    prices.get(name).copied()
}

fn main() {
    let mut prices = HashMap::new();
    add_item(&mut prices, "tea", 4);
    add_item(&mut prices, "cake", 6);
    println!("total: {}", total(&prices));

    add_item(&mut prices, "tea", 5);
    println!("total after update: {}", total(&prices));
    println!("tea: {:?}", price_of(&prices, "tea"));
    println!("pie: {:?}", price_of(&prices, "pie"));
    println!("items: {}", prices.len());
}
