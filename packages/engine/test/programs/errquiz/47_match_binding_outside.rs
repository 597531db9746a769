fn find_book(catalog: &[(&str, u32)], wanted: &str) -> Option<u32> {
    catalog.iter().find(|(t, _)| *t == wanted).map(|(_, shelf)| *shelf)
}

fn main() {
    let catalog = [("Beloved", 12), ("Middlemarch", 3)];
    match find_book(&catalog, "Middlemarch") {
        Some(shelf) => println!("found it"),
        None => println!("not in catalog"),
    }
    println!("go to shelf {}", shelf);
}
