use std::collections::HashMap;

fn main() {
    let mut prices: HashMap<&str, u32> = HashMap::new();
    prices.insert("coffee", 3);
    prices.insert("bagel", 2);

    // get returns Option<&u32>, not a plain number
    let coffee: u32 = prices.get("coffee");
    let bagel = prices.get("bagel").copied().unwrap_or(0);

    println!("coffee: {}", coffee);
    println!("bagel: {}", bagel);
    println!("together: {}", coffee + bagel);
}
