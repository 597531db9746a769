use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<String, u32> = HashMap::new();
    ages.insert(String::from("Ana"), 31);
    ages.insert("Ben", 27);

    let mut names: Vec<&String> = ages.keys().collect();
    names.sort();
    for n in names {
        println!("{} is {}", n, ages[n]);
    }
}
