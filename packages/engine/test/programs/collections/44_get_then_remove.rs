use std::collections::HashMap;

fn main() {
    let mut phone_book: HashMap<&str, String> = HashMap::new();
    phone_book.insert("ann", String::from("555-1234"));
    phone_book.insert("bob", String::from("555-9876"));

    let number: &String = phone_book.get("ann").unwrap();
    println!("ann's number has {} chars", number.len());

    phone_book.remove("ann");

    // number points into the map, but ann was removed
    println!("calling {}", number);
    println!("entries left: {}", phone_book.len());
}
