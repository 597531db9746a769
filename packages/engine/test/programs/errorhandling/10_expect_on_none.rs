use std::collections::HashMap;

fn main() {
    let mut capitals = HashMap::new();
    capitals.insert("France", "Paris");
    capitals.insert("Japan", "Tokyo");
    capitals.insert("Kenya", "Nairobi");

    let countries = ["Japan", "France", "Atlantis"];
    for c in countries {
        let city = capitals.get(c).expect("country should be in the table");
        println!("The capital of {} is {}", c, city);
    }
}
