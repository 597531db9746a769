#[derive(Debug)]
struct Book {
    title: String,
    author: String,
    pages: u32,
    isbn: String,
}

fn main() {
    let b = Book {
        title: String::from("The Rust Programming Language"),
        author: String::from("Klabnik & Nichols"),
        pages: 560,
    };
    println!("{:#?}", b);
}
