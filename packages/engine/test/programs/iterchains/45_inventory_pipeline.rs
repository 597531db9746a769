#[derive(Debug, Clone)]
struct Item {
    name: String,
    category: &'static str,
    price_cents: u32,
    in_stock: bool,
}

fn item(name: &str, category: &'static str, price_cents: u32, in_stock: bool) -> Item {
    Item { name: name.to_string(), category, price_cents, in_stock }
}

fn main() {
    let catalog = vec![
        item("Keyboard", "electronics", 4999, true),
        item("Mouse", "electronics", 1999, false),
        item("Desk", "furniture", 15900, true),
        item("Lamp", "furniture", 2450, true),
        item("Cable", "electronics", 599, true),
    ];

    let available_electronics: Vec<String> = catalog
        .iter()
        .filter(|i| i.in_stock && i.category == "electronics")
        .map(|i| format!("{} (${:.2})", i.name, i.price_cents as f64 / 100.0))
        .collect();
    println!("{:?}", available_electronics);

    let furniture_value: u32 = catalog
        .iter()
        .filter(|i| i.category == "furniture")
        .map(|i| i.price_cents)
        .sum();
    println!("furniture total: {} cents", furniture_value);

    let cheapest = catalog.iter().filter(|i| i.in_stock).min_by_key(|i| i.price_cents).unwrap();
    println!("cheapest in stock: {}", cheapest.name);

    let any_out = catalog.iter().any(|i| !i.in_stock);
    println!("something out of stock: {}", any_out);
}
