// Deriving Debug; dbg! writes to stderr and returns its value.
#[derive(Debug)]
struct Book {
    title: String,
    pages: u32,
}

#[derive(Debug)]
enum Shelf {
    Empty,
    Holding(Book),
}

fn main() {
    let pages = dbg!(120 * 3);
    let book = Book { title: String::from("Rust Basics"), pages };
    dbg!(&book);
    println!("{:?}", book);
    println!("{:#?}", book);

    let shelf = Shelf::Holding(book);
    let empty = Shelf::Empty;
    println!("{:?}", shelf);
    println!("{:?}", empty);
}
