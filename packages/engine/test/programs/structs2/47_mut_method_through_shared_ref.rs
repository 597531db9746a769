#[derive(Debug)]
struct Cart {
    items: Vec<String>,
}

impl Cart {
    fn add(&mut self, item: &str) {
        self.items.push(item.to_string());
    }
}

fn add_groceries(cart: &Cart) {
    for item in ["milk", "eggs", "flour"] {
        cart.add(item);
    }
}

fn main() {
    let mut cart = Cart { items: vec![] };
    add_groceries(&cart);
    println!("{:?}", cart);
    cart.add("sugar");
}
