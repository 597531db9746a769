// A library that stores references to books owned elsewhere.
#[derive(Debug)]
struct Book {
    title: String,
    year: u16,
}

struct Library<'a> {
    shelf: Vec<&'a Book>,
}

impl<'a> Library<'a> {
    fn new() -> Self {
        Library { shelf: Vec::new() }
    }

    fn add(&mut self, book: &'a Book) {
        self.shelf.push(book);
    }

    fn oldest(&self) -> Option<&'a Book> {
        self.shelf.iter().copied().min_by_key(|b| b.year)
    }
}

fn main() {
    let books = vec![
        Book { title: String::from("Dune"), year: 1965 },
        Book { title: String::from("Neuromancer"), year: 1984 },
        Book { title: String::from("Foundation"), year: 1951 },
    ];

    let mut library = Library::new();
    for b in &books {
        library.add(b);
    }

    println!("{} books on the shelf", library.shelf.len());
    if let Some(b) = library.oldest() {
        println!("oldest: {} ({})", b.title, b.year);
    }
    for b in &library.shelf {
        println!("{:?}", b);
    }
}
