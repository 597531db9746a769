use std::collections::HashMap;

fn make_default(name: &str) -> String {
    println!("building default for {}", name);
    format!("<{}>", name)
}

fn main() {
    let mut labels: HashMap<u32, String> = HashMap::new();
    labels.insert(1, String::from("one"));

    // The closure only runs when the key is missing.
    let a = labels.entry(1).or_insert_with(|| make_default("1"));
    println!("label 1: {}", a);

    let b = labels.entry(2).or_insert_with(|| make_default("2"));
    println!("label 2: {}", b);

    let c = labels.entry(2).or_insert_with(|| make_default("2 again"));
    c.push_str("!");
    println!("label 2 now: {}", labels[&2]);
    println!("count: {}", labels.len());
}
