use std::collections::HashMap;

fn main() {
    let mut cart: HashMap<String, u32> = HashMap::new();
    cart.insert("socks".to_string(), 4);
    cart.insert("hat".to_string(), 15);
    cart.insert("scarf".to_string(), 12);

    let mut total = 0;
    for price in cart.values() {
        total += price;
    }
    println!("total: {}", total);

    let expensive = cart.values().filter(|&&p| p > 10).count();
    println!("items over 10: {}", expensive);

    let max = cart.values().max().copied().unwrap_or(0);
    let min = cart.values().min().copied().unwrap_or(0);
    println!("max: {}, min: {}", max, min);

    let avg = total as f64 / cart.len() as f64;
    println!("average: {:.2}", avg);
}
