#[derive(Debug)]
struct Book {
    title: String,
    author: String,
    year: u16,
    checked_out: bool,
}

struct Library {
    books: Vec<Book>,
}

impl Library {
    fn new() -> Self {
        Library { books: Vec::new() }
    }

    fn add(&mut self, title: &str, author: &str, year: u16) {
        self.books.push(Book {
            title: title.to_string(),
            author: author.to_string(),
            year,
            checked_out: false,
        });
    }

    fn checkout(&mut self, title: &str) -> Result<(), String> {
        match self.books.iter_mut().find(|b| b.title == title) {
            None => Err(format!("no such book: {}", title)),
            Some(b) if b.checked_out => Err(format!("{} is already out", title)),
            Some(b) => {
                b.checked_out = true;
                Ok(())
            }
        }
    }

    fn available(&self) -> Vec<&str> {
        self.books.iter().filter(|b| !b.checked_out).map(|b| b.title.as_str()).collect()
    }
}

fn main() {
    let mut lib = Library::new();
    lib.add("Dune", "Frank Herbert", 1965);
    lib.add("Neuromancer", "William Gibson", 1984);
    lib.add("Hyperion", "Dan Simmons", 1989);

    println!("{:?}", lib.checkout("Dune"));
    println!("{:?}", lib.checkout("Dune"));
    println!("{:?}", lib.checkout("Foundation"));
    println!("available: {:?}", lib.available());
    let oldest = lib.books.iter().min_by_key(|b| b.year).unwrap();
    println!("oldest: {} by {} ({})", oldest.title, oldest.author, oldest.year);
}
