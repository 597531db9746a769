use std::fmt;
use std::ops::{Deref, DerefMut};

// Newtype around Vec<String> so we can implement Display for it.
struct Lines(Vec<String>);

impl Deref for Lines {
    type Target = Vec<String>;
    fn deref(&self) -> &Vec<String> {
        &self.0
    }
}

impl DerefMut for Lines {
    fn deref_mut(&mut self) -> &mut Vec<String> {
        &mut self.0
    }
}

impl fmt::Display for Lines {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (i, line) in self.0.iter().enumerate() {
            writeln!(f, "{:>3}| {}", i + 1, line)?;
        }
        Ok(())
    }
}

fn main() {
    let mut poem = Lines(Vec::new());
    poem.push("Roses are red".to_string());
    poem.push("violets are blue".to_string());
    poem.push("borrowck is strict".to_string());
    poem.push("and helps you too".to_string());

    poem[2] = "the borrow checker is strict".to_string();
    poem.sort_by_key(|l| l.len());
    print!("{}", poem);
    println!("{} lines, first = {:?}", poem.len(), poem.first());
    for l in poem.iter_mut() {
        l.make_ascii_uppercase();
    }
    print!("{}", poem);
}
