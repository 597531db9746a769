// Quiz: the same function name defined twice in one module.
struct Item {
    name: String,
    price: u32,
}

fn total(items: &[Item]) -> u32 {
    items.iter().map(|i| i.price).sum()
}

fn cheapest(items: &[Item]) -> &str {
    let mut best = &items[0];
    for i in items {
        if i.price < best.price {
            best = i;
        }
    }
    &best.name
}

// Meant to be a version with a discount, but the name was copied.
fn total(items: &[Item]) -> u32 {
    items.iter().map(|i| i.price * 9 / 10).sum()
}

fn main() {
    let cart = vec![
        Item { name: String::from("pen"), price: 2 },
        Item { name: String::from("book"), price: 15 },
    ];
    println!("{} {}", total(&cart), cheapest(&cart));
}
