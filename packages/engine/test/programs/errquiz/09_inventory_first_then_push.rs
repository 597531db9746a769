#[derive(Debug)]
struct Item {
    name: &'static str,
    weight: u32,
}

fn main() {
    let mut backpack = vec![
        Item { name: "rope", weight: 3 },
        Item { name: "lantern", weight: 2 },
    ];
    let heaviest = backpack.iter().max_by_key(|i| i.weight).unwrap();
    backpack.push(Item { name: "map", weight: 1 });
    println!("Heaviest item: {:?}", heaviest);
    println!("{} items", backpack.len());
}
