use std::collections::HashMap;

fn main() {
    let mut titles: HashMap<u32, String> = HashMap::new();
    titles.insert(1, String::from("Dune"));
    titles.insert(2, String::from("Emma"));

    // try to take the String out of the map through a shared reference
    let first: String = *titles.get(&1).unwrap();

    println!("first title: {}", first);
    println!("titles: {}", titles.len());
    if let Some(t) = titles.get(&2) {
        println!("second title: {}", t);
    }
}
