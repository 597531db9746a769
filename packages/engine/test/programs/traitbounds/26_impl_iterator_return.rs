#[derive(Debug)]
struct Book {
    title: String,
    author: String,
    year: u16,
    on_loan: bool,
}

struct Library {
    books: Vec<Book>,
}

impl Library {
    fn available(&self) -> impl Iterator<Item = &Book> + '_ {
        self.books.iter().filter(|b| !b.on_loan)
    }

    fn by_author<'a>(&'a self, author: &'a str) -> impl Iterator<Item = &'a Book> + 'a {
        self.books.iter().filter(move |b| b.author == author)
    }

    fn titles(&self) -> impl Iterator<Item = &str> + '_ {
        self.books.iter().map(|b| b.title.as_str())
    }
}

fn main() {
    let lib = Library {
        books: vec![
            Book { title: "Persuasion".into(), author: "Austen".into(), year: 1817, on_loan: false },
            Book { title: "Emma".into(), author: "Austen".into(), year: 1815, on_loan: true },
            Book { title: "Beloved".into(), author: "Morrison".into(), year: 1987, on_loan: false },
            Book { title: "Sula".into(), author: "Morrison".into(), year: 1973, on_loan: true },
        ],
    };

    for b in lib.available() {
        println!("available: {} ({})", b.title, b.year);
    }
    let austen: Vec<&str> = lib.by_author("Austen").map(|b| b.title.as_str()).collect();
    println!("Austen: {:?}", austen);
    let titles: Vec<_> = lib.titles().collect();
    println!("{}", titles.join(", "));
    let oldest = lib.available().min_by_key(|b| b.year).unwrap();
    println!("oldest available: {:?}", oldest);
}
