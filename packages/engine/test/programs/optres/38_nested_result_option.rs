use std::collections::HashMap;

fn get_quantity(stock: &HashMap<&str, &str>, item: &str) -> Result<Option<u32>, String> {
    match stock.get(item) {
        None => Ok(None),
        Some(raw) => raw
            .parse::<u32>()
            .map(Some)
            .map_err(|e| format!("bad quantity for {}: {}", item, e)),
    }
}

fn main() {
    let mut stock = HashMap::new();
    stock.insert("bolts", "120");
    stock.insert("nuts", "lots");
    stock.insert("washers", "0");

    for item in ["bolts", "nuts", "screws", "washers"] {
        match get_quantity(&stock, item) {
            Ok(Some(0)) => println!("{}: out of stock", item),
            Ok(Some(q)) => println!("{}: {} in stock", item, q),
            Ok(None) => println!("{}: not carried", item),
            Err(e) => println!("{}: ERROR {}", item, e),
        }
    }
}
