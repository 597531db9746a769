use std::collections::HashMap;

fn main() {
    let mut phone_book: HashMap<&str, &str> = HashMap::new();
    phone_book.insert("Alice", "555-1234");
    phone_book.insert("Bob", "555-9876");
    phone_book.insert("Carol", "555-5555");

    println!("has Bob? {}", phone_book.contains_key("Bob"));

    if let Some(num) = phone_book.remove("Bob") {
        println!("removed Bob ({})", num);
    }
    println!("has Bob? {}", phone_book.contains_key("Bob"));
    println!("remove Dave: {:?}", phone_book.remove("Dave"));

    let old = phone_book.insert("Alice", "555-0000");
    println!("Alice's old number: {:?}", old);
    println!("entries left: {}", phone_book.len());
}
