use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, i32> = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.insert(String::from("Yellow"), 50);

    // A HashMap<String, _> can be queried with a &String or a &str
    let team_name = String::from("Blue");
    let score = scores.get(&team_name);
    match score {
        Some(s) => println!("{} has {}", team_name, s),
        None => println!("{} not found", team_name),
    }

    match scores.get("Yellow") {
        Some(s) => println!("Yellow has {}", s),
        None => println!("Yellow not found"),
    }

    match scores.get("Red") {
        Some(s) => println!("Red has {}", s),
        None => println!("Red not found"),
    }
}
