use std::fmt;

#[derive(Debug)]
enum Genre {
    Fiction,
    Science,
    History,
}

struct Book {
    title: String,
    author: String,
    genre: Genre,
}

impl fmt::Display for Book {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} by {} [{:?}]", self.title, self.author, self.genre)
    }
}

struct Catalog {
    books: Vec<Book>,
}

impl Catalog {
    fn add(&mut self, title: &str, author: &str, genre: Genre) {
        let book = Book { title: title.to_string(), author: author.to_string(), genre };
        self.books.push(book);
        println!("added: {}", book);
    }

    fn by_genre(&self, wanted: &str) -> Vec<&Book> {
        self.books.iter().filter(|b| format!("{:?}", b.genre) == wanted).collect()
    }
}

fn main() {
    let mut cat = Catalog { books: Vec::new() };
    cat.add("The Left Hand of Darkness", "Ursula K. Le Guin", Genre::Fiction);
    cat.add("A Brief History of Time", "Stephen Hawking", Genre::Science);
    cat.add("SPQR", "Mary Beard", Genre::History);
    for b in cat.by_genre("Science") {
        println!("science: {}", b);
    }
}
