// Manual PartialEq: compare books by ISBN only, and cross-type equality
#[derive(Debug)]
struct Book {
    isbn: u32,
    title: String,
    copies: u32,
}

impl PartialEq for Book {
    fn eq(&self, other: &Self) -> bool {
        self.isbn == other.isbn
    }
}

struct Isbn(u32);

impl PartialEq<Isbn> for Book {
    fn eq(&self, other: &Isbn) -> bool {
        self.isbn == other.0
    }
}

fn main() {
    let a = Book { isbn: 111, title: String::from("Rust"), copies: 3 };
    let b = Book { isbn: 111, title: String::from("The Rust Book"), copies: 1 };
    let c = Book { isbn: 222, title: String::from("Rust"), copies: 3 };
    println!("a == b: {}", a == b);
    println!("a == c: {}", a == c);
    println!("a != c: {}", a != c);
    println!("a == Isbn(111): {}", a == Isbn(111));
    println!("c == Isbn(111): {}", c == Isbn(111));
    let shelf = vec![a, c];
    println!("shelf contains b: {}", shelf.contains(&b));
    let pos = shelf.iter().position(|x| *x == Isbn(222));
    println!("position of 222: {:?}", pos);
    println!("{} / {} copies", b.title, b.copies);
}
