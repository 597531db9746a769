// Removing sold-out items with retain, then restocking with iter_mut.
#[derive(Debug)]
struct Item {
    name: String,
    qty: u32,
}

fn main() {
    let mut stock = vec![
        Item { name: "bolt".into(), qty: 0 },
        Item { name: "nut".into(), qty: 12 },
        Item { name: "washer".into(), qty: 0 },
        Item { name: "screw".into(), qty: 3 },
    ];
    let sold_out: Vec<String> =
        stock.iter().filter(|i| i.qty == 0).map(|i| i.name.clone()).collect();
    stock.retain(|i| i.qty > 0);
    for item in stock.iter_mut() {
        if item.qty < 5 {
            item.qty += 10;
        }
    }
    println!("sold out: {:?}", sold_out);
    println!("{:?}", stock);
}
