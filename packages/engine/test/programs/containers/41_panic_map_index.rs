use std::collections::HashMap;

fn main() {
    let mut capitals = HashMap::new();
    capitals.insert("France", "Paris");
    capitals.insert("Japan", "Tokyo");
    capitals.insert("Kenya", "Nairobi");

    println!("capital of Japan: {}", capitals["Japan"]);
    println!("capital of Peru: {:?}", capitals.get("Peru"));
    // indexing with a missing key panics
    println!("capital of Peru: {}", capitals["Peru"]);
}
