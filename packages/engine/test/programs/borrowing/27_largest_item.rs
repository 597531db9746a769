#[derive(Debug)]
struct Item {
    name: String,
    weight: u32,
}

fn heaviest(items: &[Item]) -> &Item {
    let mut best = &items[0];
    for item in items {
        if item.weight > best.weight {
            best = item;
        }
    }
    best
}

fn lightest_name(items: &[Item]) -> &str {
    let mut best = &items[0];
    for item in &items[1..] {
        if item.weight < best.weight {
            best = item;
        }
    }
    &best.name
}

fn main() {
    let backpack = vec![
        Item { name: "laptop".into(), weight: 1800 },
        Item { name: "water".into(), weight: 1000 },
        Item { name: "notebook".into(), weight: 300 },
        Item { name: "charger".into(), weight: 250 },
    ];
    let h = heaviest(&backpack);
    println!("heaviest: {:?}", h);
    println!("lightest: {}", lightest_name(&backpack));
    let total: u32 = backpack.iter().map(|i| i.weight).sum();
    println!("total: {} g", total);
}
