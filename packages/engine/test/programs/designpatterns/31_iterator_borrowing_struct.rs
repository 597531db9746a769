// An iterator that borrows from a collection it walks over.
struct Library {
    titles: Vec<String>,
}

struct ShortTitles<'a> {
    lib: &'a Library,
    pos: usize,
    max_len: usize,
}

impl<'a> Iterator for ShortTitles<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        while self.pos < self.lib.titles.len() {
            let t = &self.lib.titles[self.pos];
            self.pos += 1;
            if t.len() <= self.max_len {
                return Some(t.as_str());
            }
        }
        None
    }
}

impl Library {
    fn short(&self, max_len: usize) -> ShortTitles<'_> {
        ShortTitles { lib: self, pos: 0, max_len }
    }
}

fn main() {
    let lib = Library {
        titles: vec!["Dune".into(), "Middlemarch".into(), "Emma".into(), "Ulysses".into()],
    };
    let picks: Vec<&str> = lib.short(5).collect();
    println!("{:?}", picks);
    for (i, t) in lib.short(7).enumerate() {
        println!("{} {}", i, t);
    }
}
