// Inserting into a map while a reference from `get` is still in use.
use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<&str, u32> = HashMap::new();
    stock.insert("apples", 5);

    if let Some(count) = stock.get("apples") {
        stock.insert("pears", 2);
        println!("apples: {}", count);
    }

    println!("{} kinds", stock.len());
}
