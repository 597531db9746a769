use std::collections::HashSet;

fn main() {
    let mut guests: HashSet<String> = HashSet::new();
    guests.insert(String::from("amy"));
    guests.insert(String::from("raj"));
    guests.insert(String::from("lee"));

    println!("raj invited: {}", guests.contains("raj"));
    println!("zoe invited: {}", guests.contains("zoe"));

    // remove returns true if the value was present
    println!("remove raj: {}", guests.remove("raj"));
    println!("remove raj again: {}", guests.remove("raj"));
    println!("raj invited: {}", guests.contains("raj"));

    let name = String::from("lee");
    if guests.contains(&name) {
        println!("{} is on the list", name);
    }
    println!("guest count: {}", guests.len());
}
