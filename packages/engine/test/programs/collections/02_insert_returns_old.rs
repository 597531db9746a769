use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();

    // insert returns the previous value, if there was one
    let first = scores.insert("Blue", 10);
    println!("first insert: {:?}", first);

    let second = scores.insert("Blue", 25);
    println!("second insert: {:?}", second);

    match scores.insert("Yellow", 50) {
        Some(old) => println!("Yellow replaced {}", old),
        None => println!("Yellow was new"),
    }

    if let Some(old) = scores.insert("Yellow", 60) {
        println!("Yellow replaced {}", old);
    }

    println!("Blue = {}", scores["Blue"]);
    println!("Yellow = {}", scores["Yellow"]);
    println!("len = {}", scores.len());
}
