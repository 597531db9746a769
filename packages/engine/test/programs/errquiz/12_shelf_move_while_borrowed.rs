#[derive(Debug)]
struct Book {
    title: String,
    pages: u32,
}

fn main() {
    let book = Book { title: String::from("Emma"), pages: 474 };
    let title_ref = &book.title;

    let mut shelf = Vec::new();
    shelf.push(book);

    println!("Shelved: {}", title_ref);
    println!("{:?}", shelf);
}
