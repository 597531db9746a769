use std::collections::HashMap;

fn main() {
    let mut colors: HashMap<String, u8> = HashMap::new();
    colors.insert(String::from("red"), 1);
    colors.insert(String::from("green"), 2);

    println!("red is {}", colors["red"]);
    println!("green is {}", colors["green"]);

    let safe = colors.get("blue");
    println!("blue via get: {:?}", safe);

    // Indexing a missing key panics at runtime.
    let blue = colors["blue"];
    println!("blue is {}", blue);
    println!("never printed");
}
