// A small library-management system in one file.
mod catalog {
    #[derive(Debug, Clone, PartialEq)]
    pub enum Genre {
        Fiction,
        Science,
        History,
    }

    #[derive(Debug, Clone)]
    pub struct Book {
        pub isbn: u32,
        pub title: String,
        pub genre: Genre,
        pub available: bool,
    }

    pub struct Catalog {
        books: Vec<Book>,
    }

    impl Catalog {
        pub fn new() -> Self {
            Catalog { books: Vec::new() }
        }

        pub fn add(&mut self, isbn: u32, title: &str, genre: Genre) {
            self.books.push(Book { isbn, title: title.to_string(), genre, available: true });
        }

        pub fn find_mut(&mut self, isbn: u32) -> Option<&mut Book> {
            self.books.iter_mut().find(|b| b.isbn == isbn)
        }

        pub fn by_genre(&self, genre: Genre) -> Vec<&Book> {
            self.books.iter().filter(|b| b.genre == genre).collect()
        }

        pub fn available_count(&self) -> usize {
            self.books.iter().filter(|b| b.available).count()
        }
    }
}

mod loans {
    use crate::catalog::Catalog;

    pub fn check_out(cat: &mut Catalog, isbn: u32, member: &str) -> Result<String, String> {
        match cat.find_mut(isbn) {
            None => Err(format!("no book with isbn {}", isbn)),
            Some(book) if !book.available => Err(format!("'{}' is already on loan", book.title)),
            Some(book) => {
                book.available = false;
                Ok(format!("{} borrowed '{}'", member, book.title))
            }
        }
    }

    pub fn give_back(cat: &mut Catalog, isbn: u32) {
        if let Some(book) = cat.find_mut(isbn) {
            book.available = true;
        }
    }
}

use catalog::{Catalog, Genre};

fn main() {
    let mut lib = Catalog::new();
    lib.add(1001, "Dune", Genre::Fiction);
    lib.add(1002, "A Brief History of Time", Genre::Science);
    lib.add(1003, "SPQR", Genre::History);
    lib.add(1004, "Foundation", Genre::Fiction);

    for isbn in [1001, 1001, 1003, 9999] {
        match loans::check_out(&mut lib, isbn, "Ada") {
            Ok(msg) => println!("ok: {}", msg),
            Err(e) => println!("error: {}", e),
        }
    }
    println!("available: {}", lib.available_count());
    loans::give_back(&mut lib, 1001);
    println!("available after return: {}", lib.available_count());
    for b in lib.by_genre(Genre::Fiction) {
        println!("fiction: {} ({})", b.title, if b.available { "in" } else { "out" });
    }
}
