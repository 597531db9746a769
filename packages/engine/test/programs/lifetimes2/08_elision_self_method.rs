// Elision rule for methods: the output borrows from &self.
struct Library {
    name: String,
    books: Vec<String>,
}

impl Library {
    fn name(&self) -> &str {
        &self.name
    }

    // Even with another reference argument, the output is tied to self.
    fn find(&self, prefix: &str) -> Option<&String> {
        self.books.iter().find(|b| b.starts_with(prefix))
    }
}

fn main() {
    let lib = Library {
        name: String::from("City Library"),
        books: vec![
            String::from("Dune"),
            String::from("Emma"),
            String::from("Dracula"),
        ],
    };
    let found;
    {
        let query = String::from("Dr");
        found = lib.find(&query);
    }
    println!("{} has {:?}", lib.name(), found);
}
