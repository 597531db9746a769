struct Book {
    title: String,
    isbn: String,
}

fn main() {
    let book = Book {
        title: String::from("The Hobbit"),
        isbn: String::from("978-0547928227"),
    };

    let shout: &str = book.title.to_uppercase().as_str();
    println!("{} [{}]", shout, book.isbn);
    println!("{} chars", shout.len());
}
