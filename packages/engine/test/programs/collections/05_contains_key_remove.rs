use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<String, u32> = HashMap::new();
    stock.insert(String::from("apple"), 3);
    stock.insert(String::from("pear"), 0);
    stock.insert(String::from("plum"), 7);

    println!("has apple: {}", stock.contains_key("apple"));
    println!("has kiwi: {}", stock.contains_key("kiwi"));

    let removed = stock.remove("pear");
    println!("removed pear: {:?}", removed);
    let again = stock.remove("pear");
    println!("removed pear again: {:?}", again);

    println!("has pear: {}", stock.contains_key("pear"));
    println!("len: {}", stock.len());

    if stock.contains_key("plum") {
        stock.remove("plum");
    }
    println!("len after plum: {}", stock.len());
    // only one entry is left, so printing the whole map is deterministic
    println!("{:?}", stock);
}
