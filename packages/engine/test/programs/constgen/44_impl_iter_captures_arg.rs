// Filtering a word list by a prefix supplied by the caller.
struct Dictionary {
    words: Vec<String>,
}

impl Dictionary {
    // Mistake: the returned iterator also borrows `prefix`,
    // but the signature only mentions the lifetime of self.
    fn starting_with(&self, prefix: &str) -> impl Iterator<Item = &String> + '_ {
        self.words.iter().filter(move |w| w.starts_with(prefix))
    }
}

fn main() {
    let d = Dictionary {
        words: vec!["apple".into(), "apricot".into(), "banana".into()],
    };
    for w in d.starting_with("ap") {
        println!("{}", w);
    }
}
