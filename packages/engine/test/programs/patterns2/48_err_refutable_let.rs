use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<&str, u32> = HashMap::new();
    stock.insert("apples", 12);
    stock.insert("pears", 3);

    let Some(apples) = stock.get("apples");
    println!("we have {} apples", apples);
}
