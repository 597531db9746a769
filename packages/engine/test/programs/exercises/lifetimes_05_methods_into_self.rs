struct Library {
    books: Vec<String>,
    owner: String,
}

impl Library {
    fn new(owner: &str) -> Self {
        Library { books: Vec::new(), owner: owner.to_string() }
    }

    fn add(&mut self, title: &str) -> &mut Self {
        self.books.push(title.to_string());
        self
    }

    fn owner(&self) -> &str {
        &self.owner
    }

    fn longest_title(&self) -> Option<&String> {
        self.books.iter().max_by_key(|b| b.len())
    }

    fn starting_with(&self, prefix: &str) -> Vec<&str> {
        self.books.iter().filter(|b| b.starts_with(prefix)).map(|b| b.as_str()).collect()
    }

    fn first_mut(&mut self) -> Option<&mut String> {
        self.books.first_mut()
    }
}

fn main() {
    let mut lib = Library::new("Ms. Reed");
    lib.add("Dune").add("Dracula").add("Emma").add("Don Quixote");
    println!("owner {}", lib.owner());
    if let Some(t) = lib.longest_title() {
        println!("longest {}", t);
    }
    let ds = lib.starting_with("D");
    println!("{:?}", ds);
    if let Some(first) = lib.first_mut() {
        first.push_str(" (1965)");
    }
    println!("{:?}", lib.books);
    let o = lib.owner();
    let n = lib.books.len();
    println!("{} has {} books", o, n);
}
