// Quiz: which line fails, with which error?
#[derive(Debug)]
struct Book {
    title: String,
    author: String,
}

fn main() {
    let mut shelf: Vec<Book> = Vec::new();
    let dune = Book {
        title: String::from("Dune"),
        author: String::from("Frank Herbert"),
    };
    shelf.push(dune);
    println!("Added '{}' by {}", dune.title, dune.author);
    println!("{} book(s) on the shelf", shelf.len());
}
