struct Item {
    name: &'static str,
    qty: u32,
}

fn main() {
    let mut stock = vec![
        Item { name: "apples", qty: 3 },
        Item { name: "pears", qty: 0 },
    ];

    for item in &stock {
        if item.qty < 5 {
            item.qty += 10;
        }
    }

    stock.push(Item { name: "plums", qty: 8 });
    for item in &stock {
        println!("{}: {}", item.name, item.qty);
    }
}
