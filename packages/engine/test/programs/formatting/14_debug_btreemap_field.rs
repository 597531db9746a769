use std::collections::BTreeMap;
use std::collections::HashMap;

#[derive(Debug)]
struct Inventory {
    store: &'static str,
    stock: BTreeMap<String, u32>,
}

fn main() {
    let mut raw: HashMap<String, u32> = HashMap::new();
    raw.insert("pears".to_string(), 12);
    raw.insert("apples".to_string(), 40);
    raw.insert("kiwis".to_string(), 0);

    // Sort through a BTreeMap so the output is stable.
    let stock: BTreeMap<String, u32> = raw.into_iter().collect();
    let inv = Inventory { store: "Corner Shop", stock };
    println!("{:?}", inv);
    println!("{:#?}", inv);

    let empty: BTreeMap<i32, i32> = BTreeMap::new();
    println!("{:?}", empty);
    println!("{:#?}", empty);
}
