use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<String, u32> = HashMap::new();
    ages.insert(String::from("Ann"), 31);
    ages.insert(String::from("Ben"), 27);

    let mut total = 0;
    // iterating over `ages` (not `&ages`) consumes the map
    for (_name, age) in ages {
        total += age;
    }
    println!("total: {}", total);

    println!("people: {}", ages.len());
}
