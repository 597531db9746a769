fn lookup_price(item: &str) -> Option<u32> {
    match item {
        "coffee" => Some(350),
        "tea" => Some(280),
        "croissant" => Some(420),
        _ => None,
    }
}

fn main() {
    let order = vec!["coffee", "bagel", "croissant", "tea", "juice"];
    let mut total = 0;
    let mut missing: Vec<&str> = Vec::new();

    for item in &order {
        let price = lookup_price(item).unwrap_or_else(|| {
            missing.push(item);
            0
        });
        total += price;
    }
    println!("total: ${}.{:02}", total / 100, total % 100);
    println!("not on the menu: {:?}", missing);

    let qty: u32 = "x3".parse().unwrap_or_else(|e| {
        println!("bad quantity ({}), assuming 1", e);
        1
    });
    println!("quantity = {}", qty);
}
