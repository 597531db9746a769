use std::collections::HashMap;

fn main() {
    let mut heights: HashMap<String, u32> = HashMap::new();
    heights.insert(String::from("oak"), 20);
    heights.insert(String::from("birch"), 15);
    heights.insert(String::from("pine"), 30);

    // Iterate over a shared borrow; collect and sort to get a stable order.
    let mut rows: Vec<(&String, &u32)> = Vec::new();
    for (name, h) in &heights {
        rows.push((name, h));
    }
    rows.sort();
    for (name, h) in &rows {
        println!("{} is {}m", name, h);
    }

    // The map is still usable because we only borrowed it.
    println!("trees: {}", heights.len());
    let tallest = rows.iter().map(|(_, h)| **h).max().unwrap();
    println!("tallest: {}", tallest);
}
