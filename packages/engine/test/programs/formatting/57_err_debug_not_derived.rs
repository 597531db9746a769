struct Book {
    title: String,
    pages: u32,
}

fn main() {
    let shelf = vec![
        Book { title: String::from("Emma"), pages: 474 },
        Book { title: String::from("Ulysses"), pages: 730 },
    ];
    for b in &shelf {
        println!("{} ({} pages)", b.title, b.pages);
    }
    println!("{:?}", shelf);
}
