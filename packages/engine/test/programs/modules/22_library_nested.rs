mod library {
    pub mod catalog {
        #[derive(Debug, Clone)]
        pub struct Book {
            pub title: String,
            pub author: String,
            pub year: u16,
        }

        pub fn sample() -> Vec<Book> {
            vec![
                Book { title: "Dune".into(), author: "Frank Herbert".into(), year: 1965 },
                Book { title: "Neuromancer".into(), author: "William Gibson".into(), year: 1984 },
                Book { title: "Hyperion".into(), author: "Dan Simmons".into(), year: 1989 },
            ]
        }
    }

    pub mod members {
        use super::catalog::Book;

        pub struct Member {
            pub name: String,
            borrowed: Vec<Book>,
        }

        impl Member {
            pub fn new(name: &str) -> Member {
                Member { name: name.to_string(), borrowed: Vec::new() }
            }
            pub fn borrow_book(&mut self, b: Book) {
                println!("{} borrows \"{}\"", self.name, b.title);
                self.borrowed.push(b);
            }
            pub fn titles(&self) -> Vec<&str> {
                self.borrowed.iter().map(|b| b.title.as_str()).collect()
            }
        }
    }
}

use library::catalog;
use library::members::Member;

fn main() {
    let books = catalog::sample();
    let mut m = Member::new("Ursula");
    for b in books.iter().filter(|b| b.year < 1988) {
        m.borrow_book(b.clone());
    }
    println!("{} has: {:?}", m.name, m.titles());
    println!("oldest: {:?}", books.iter().min_by_key(|b| b.year).map(|b| &b.author));
}
