// Mistake: removing from a Vec while iterating over it.
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
    ];
    for (i, item) in stock.iter().enumerate() {
        if item.qty == 0 {
            stock.remove(i);
        }
    }
    println!("{:?}", stock);
}
