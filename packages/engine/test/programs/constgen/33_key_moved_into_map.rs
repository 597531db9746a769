use std::collections::HashMap;

#[derive(Debug, Hash, PartialEq, Eq)]
struct Isbn(String);

fn main() {
    let mut library: HashMap<Isbn, &str> = HashMap::new();
    let isbn = Isbn(String::from("978-0-13-110362-7"));
    library.insert(isbn, "The C Programming Language");

    // Mistake: the key was moved into the map by insert.
    println!("stored under {:?}", isbn);
    println!("{} books", library.len());
}
