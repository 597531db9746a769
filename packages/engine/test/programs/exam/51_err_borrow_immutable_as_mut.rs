fn add_item(cart: &Vec<String>, item: &str) {
    cart.push(item.to_string());
}

fn main() {
    let mut cart = Vec::new();
    add_item(&cart, "apple");
    println!("{:?}", cart);
    cart.clear();
}
