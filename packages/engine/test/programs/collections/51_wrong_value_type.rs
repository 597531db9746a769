use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, i32> = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.insert(String::from("Red"), 20);

    let mut total = 0;
    for v in scores.values() {
        total += v;
    }
    println!("total: {}", total);

    // the value type is i32, not a string
    scores.insert(String::from("Green"), "30");
    println!("teams: {}", scores.len());
}
