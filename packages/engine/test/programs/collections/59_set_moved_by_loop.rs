use std::collections::HashSet;

fn main() {
    let mut colors: HashSet<String> = HashSet::new();
    colors.insert(String::from("red"));
    colors.insert(String::from("blue"));
    colors.insert(String::from("red"));

    let mut letters = 0;
    for c in colors {
        letters += c.len();
    }
    println!("letters: {}", letters);

    // the loop above took ownership of the set
    println!("has red: {}", colors.contains("red"));
}
