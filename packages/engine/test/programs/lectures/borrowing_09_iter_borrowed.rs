// Iterating over borrowed data: iter, iter_mut and for over references.
#[derive(Debug)]
struct Item {
    name: String,
    price: u32,
}

fn main() {
    let mut cart = vec![
        Item { name: String::from("pen"), price: 150 },
        Item { name: String::from("book"), price: 1299 },
        Item { name: String::from("mug"), price: 850 },
    ];

    for item in &cart {
        println!("{} costs {}", item.name, item.price);
    }

    for item in &mut cart {
        item.price = item.price * 9 / 10;
    }

    for item in cart.iter_mut() {
        item.name.push_str(" (sale)");
    }

    let total: u32 = cart.iter().map(|i| i.price).sum();
    println!("total after discount: {}", total);

    let names: Vec<&str> = cart.iter().map(|i| i.name.as_str()).collect();
    println!("names: {:?}", names);

    let cheapest = cart.iter().min_by_key(|i| i.price).unwrap();
    println!("cheapest: {:?}", cheapest);

    for (i, item) in cart.iter().enumerate().rev() {
        println!("{}: {}", i, item.name);
    }
    let expensive = cart.iter().filter(|i| i.price > 1000).count();
    println!("expensive items: {}", expensive);
}
