use std::collections::BTreeMap;

fn main() {
    let mut population = BTreeMap::new();
    population.insert("Oslo", 709_000);
    population.insert("Bergen", 289_000);
    population.insert("Trondheim", 212_000);
    population.insert("Stavanger", 146_000);

    for (city, pop) in &population {
        println!("{city}: {pop}");
    }

    if let Some((first, p)) = population.first_key_value() {
        println!("first alphabetically: {} ({})", first, p);
    }
    if let Some((last, _)) = population.last_key_value() {
        println!("last alphabetically: {}", last);
    }
}
