// Searching a table sorted by id.
struct Book {
    id: u32,
    title: &'static str,
}

fn main() {
    let shelf = vec![
        Book { id: 101, title: "Dune" },
        Book { id: 205, title: "Emma" },
        Book { id: 333, title: "Ulysses" },
        Book { id: 480, title: "Beloved" },
    ];
    for wanted in [333, 200] {
        match shelf.binary_search_by_key(&wanted, |b| b.id) {
            Ok(i) => println!("id {} -> {}", wanted, shelf[i].title),
            Err(i) => println!("id {} missing (slot {})", wanted, i),
        }
    }
    let r = shelf.binary_search_by(|b| b.title.len().cmp(&4));
    println!("{}", r.is_ok());
}
