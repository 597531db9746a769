// Puzzle: remember the newest book, add another, then print the remembered one.
struct Library {
    books: Vec<String>,
}

impl Library {
    fn newest(&self) -> &String {
        self.books.last().unwrap()
    }

    fn add(&mut self, title: &str) {
        self.books.push(title.to_string());
    }
}

fn main() {
    let mut lib = Library {
        books: vec![String::from("Emma")],
    };

    let newest = lib.newest();
    lib.add("Dune");
    println!("newest was {}", newest);
}
