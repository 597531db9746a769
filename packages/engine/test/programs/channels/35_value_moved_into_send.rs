use std::sync::mpsc;
use std::thread;

#[derive(Debug)]
struct Order {
    id: u32,
    items: Vec<String>,
}

fn main() {
    let (tx, rx) = mpsc::channel();
    let kitchen = thread::spawn(move || {
        let order: Order = rx.recv().unwrap();
        order.items.len()
    });

    let order = Order { id: 7, items: vec!["soup".into(), "bread".into()] };
    tx.send(order).unwrap();
    // Mistake: send() took ownership of the order.
    println!("sent order {}", order.id);

    println!("kitchen prepared {} items", kitchen.join().unwrap());
}
