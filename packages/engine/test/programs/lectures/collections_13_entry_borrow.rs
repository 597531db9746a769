// Exercise: move points from one player to another.
// Read the compiler message carefully and explain it in your own words.
// Then suggest a fix that keeps the intent of the program.
// (Exercise sheet 3)
use std::collections::HashMap;

fn main() {
    let mut points: HashMap<String, u32> = HashMap::new();
    points.insert("red".to_string(), 10);
    points.insert("blue".to_string(), 4);

    let from = points.get_mut("red").unwrap();
    let to = points.get_mut("blue").unwrap();
    *from -= 3;
    *to += 3;

    let mut names: Vec<&String> = points.keys().collect();
    names.sort();
    for n in names {
        println!("{}: {}", n, points[n]);
    }
}
