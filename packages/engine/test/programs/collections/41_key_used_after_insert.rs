use std::collections::HashMap;

fn main() {
    let field_name = String::from("Favorite color");
    let field_value = String::from("Blue");

    let mut map = HashMap::new();
    map.insert(field_name, field_value);
    // field_name and field_value are invalid at this point

    println!("entries: {}", map.len());
    println!("{} is now in the map", field_name);

    match map.get("Favorite color") {
        Some(v) => println!("value: {}", v),
        None => println!("missing"),
    }
}
