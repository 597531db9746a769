use std::cell::RefCell;

struct Library {
    books: RefCell<Vec<String>>,
}

impl Library {
    // Mistake: the Ref guard is a temporary, so we cannot return a plain & into it.
    fn first_book(&self) -> &String {
        &self.books.borrow()[0]
    }
}

fn main() {
    let lib = Library { books: RefCell::new(vec![String::from("Dune")]) };
    println!("first: {}", lib.first_book());
}
