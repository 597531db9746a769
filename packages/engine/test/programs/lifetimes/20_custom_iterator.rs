// Implementing Iterator for a struct that yields &'a references.
struct Words<'a> {
    words: &'a [String],
    index: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a String;

    fn next(&mut self) -> Option<Self::Item> {
        if self.index < self.words.len() {
            let w = &self.words[self.index];
            self.index += 2;
            Some(w)
        } else {
            None
        }
    }
}

fn every_other(words: &[String]) -> Words<'_> {
    Words { words, index: 0 }
}

fn main() {
    let list: Vec<String> = ["red", "orange", "yellow", "green", "blue", "indigo", "violet"]
        .iter()
        .map(|s| s.to_string())
        .collect();

    let picked: Vec<&String> = every_other(&list).collect();
    println!("{:?}", picked);

    let total_len: usize = every_other(&list).map(|w| w.len()).sum();
    println!("total length = {}", total_len);
}
