use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<&str, u32> = HashMap::new();
    stock.insert("apples", 3);
    stock.insert("pears", 5);
    let apples = stock.get_mut("apples").unwrap();
    println!("{} kinds of fruit", stock.len());
    *apples += 10;
}
