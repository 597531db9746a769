use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<&str, i32> = HashMap::new();
    stock.insert("apples", 10);
    stock.insert("bananas", 4);

    // sell two apples
    stock["apples"] = stock["apples"] - 2;

    println!("apples left: {}", stock["apples"]);
}
