#[derive(Debug)]
struct Order {
    id: u32,
    items: Vec<String>,
}

fn ship(order: Order) {
    println!("shipping order {} with {} items", order.id, order.items.len());
}

fn main() {
    let order = Order { id: 7, items: vec!["lamp".to_string(), "rug".to_string()] };
    for attempt in 1..=2 {
        println!("attempt {}", attempt);
        ship(order);
    }
}
