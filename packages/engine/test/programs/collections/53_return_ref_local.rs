use std::collections::HashMap;

fn lookup(key: &str) -> &String {
    let mut defaults: HashMap<String, String> = HashMap::new();
    defaults.insert(String::from("lang"), String::from("en"));
    defaults.insert(String::from("theme"), String::from("dark"));

    // returns a reference into a map that is dropped at the end of the function
    defaults.get(key).unwrap()
}

fn main() {
    let lang = lookup("lang");
    println!("lang = {}", lang);
    let theme = lookup("theme");
    println!("theme = {}", theme);
    println!("done");
}
