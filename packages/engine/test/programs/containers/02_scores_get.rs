// Rust Book ch. 8.3 style
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.insert(String::from("Yellow"), 50);

    let team_name = String::from("Blue");
    let score = scores.get(&team_name).copied().unwrap_or(0);
    println!("Blue has {}", score);

    match scores.get("Red") {
        Some(s) => println!("Red has {}", s),
        None => println!("Red has not played"),
    }

    scores.insert(String::from("Blue"), 25);
    println!("Blue now has {}", scores["Blue"]);
    println!("teams: {}", scores.len());
}
