struct Book {
    title: String,
    year: u16,
}

fn title_of(book: &Book) -> String {
    book.title
}

fn main() {
    let books = vec![
        Book { title: String::from("Neuromancer"), year: 1984 },
        Book { title: String::from("Hyperion"), year: 1989 },
    ];
    for b in &books {
        println!("{} ({})", title_of(b), b.year);
    }
}
