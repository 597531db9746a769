// Puzzle: same library, but the reference's last use comes before the mutation.
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
    println!("newest was {}", newest);
    lib.add("Dune");

    // A clone is an independent String, so it may outlive the mutation.
    let copy = lib.newest().clone();
    lib.add("Ulysses");
    println!("copy is {}, newest is {}", copy, lib.newest());
}
