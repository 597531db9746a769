use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, i32> = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.insert(String::from("Red"), 20);

    let blue = scores.get("Blue").unwrap();
    println!("blue before: {}", blue);

    let r = scores.get("Red");
    // inserting needs &mut scores while r still borrows it
    scores.insert(String::from("Green"), 30);

    match r {
        Some(v) => println!("red: {}", v),
        None => println!("no red"),
    }
    println!("teams: {}", scores.len());
}
