use std::collections::HashMap;

// Mistake: f64 does not implement Hash (or Eq), so the derive fails.
#[derive(Debug, Hash, PartialEq, Eq)]
struct Location {
    lat: f64,
    lon: f64,
}

fn main() {
    let mut names = HashMap::new();
    names.insert(Location { lat: 48.85, lon: 2.35 }, "Paris");
    println!("{} places", names.len());
}
