use std::collections::HashMap;

fn main() {
    let mut capitals = HashMap::new();
    capitals.insert("France", "Paris");
    capitals.insert("Japan", "Tokyo");
    capitals.insert("Peru", "Lima");
    capitals.insert("Kenya", "Nairobi");

    let mut countries: Vec<&&str> = capitals.keys().collect();
    countries.sort();
    println!("{:?}", countries);

    let mut cities: Vec<&str> = capitals.values().cloned().collect();
    cities.sort();
    println!("{:?}", cities);

    let long_names = capitals.keys().filter(|k| k.len() > 4).count();
    println!("countries with long names: {}", long_names);

    for c in countries {
        println!("{} -> {}", c, capitals[c]);
    }
}
