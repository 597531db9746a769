// Quiz: the returned iterator borrows self, but the signature does not say so.
struct Library {
    titles: Vec<String>,
}

impl Library {
    fn title_lengths(&self) -> impl Iterator<Item = usize> {
        self.titles.iter().map(|t| t.len())
    }
}

fn main() {
    let lib = Library {
        titles: vec!["Dune".to_string(), "Neuromancer".to_string(), "Solaris".to_string()],
    };
    for n in lib.title_lengths() {
        println!("{}", n);
    }
}
