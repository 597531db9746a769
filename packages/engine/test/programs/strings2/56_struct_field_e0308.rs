struct Book {
    title: String,
    author: String,
}

fn main() {
    let title = String::from("The Rust Programming Language");
    let author = String::from("Klabnik & Nichols");
    let book = Book {
        title: &title,
        author,
    };
    println!("{} by {}", book.title, book.author);
}
