use std::collections::HashMap;

fn main() {
    let field_name = String::from("Favorite color");
    let field_value = String::from("Blue");

    let mut map = HashMap::new();
    // Cloning keeps our own copies usable after the insert.
    map.insert(field_name.clone(), field_value.clone());
    println!("still have: {} = {}", field_name, field_value);

    let other_name = String::from("Favorite number");
    let other_value = String::from("7");
    map.insert(other_name, other_value);
    // other_name and other_value now belong to the map,
    // so we look them up through the map instead
    match map.get("Favorite number") {
        Some(v) => println!("number: {}", v),
        None => println!("missing"),
    }

    let key: &str = &field_name;
    println!("{} -> {}", key, map[key]);
    println!("entries: {}", map.len());
}
