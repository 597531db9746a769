use std::collections::HashMap;

fn main() {
    let mut owners: HashMap<String, String> = HashMap::new();
    owners.insert(String::from("car"), String::from("Dana"));
    owners.insert(String::from("bike"), String::from("Eli"));
    owners.insert(String::from("boat"), String::from("Fay"));

    // Consuming the map moves the keys and values out of it.
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (thing, person) in owners {
        pairs.push((thing, person));
    }
    pairs.sort();

    for (thing, person) in &pairs {
        println!("{} belongs to {}", thing, person);
    }

    let names: Vec<String> = pairs.into_iter().map(|(_, p)| p).collect();
    println!("{}", names.join(" & "));
}
