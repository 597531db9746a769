// A small lookup table whose keys borrow from a word list.
struct WordCounts<'a> {
    entries: Vec<(&'a str, usize)>,
}

impl<'a> WordCounts<'a> {
    fn from_text(text: &'a str) -> WordCounts<'a> {
        let mut entries: Vec<(&'a str, usize)> = Vec::new();
        for word in text.split_whitespace() {
            match entries.iter_mut().find(|(w, _)| *w == word) {
                Some(entry) => entry.1 += 1,
                None => entries.push((word, 1)),
            }
        }
        WordCounts { entries }
    }

    fn get(&self, word: &str) -> usize {
        self.entries.iter().find(|(w, _)| *w == word).map(|(_, c)| *c).unwrap_or(0)
    }

    fn most_common(&self) -> Option<&'a str> {
        let mut best: Option<(&'a str, usize)> = None;
        for &(w, c) in &self.entries {
            if best.map_or(true, |(_, bc)| c > bc) {
                best = Some((w, c));
            }
        }
        best.map(|(w, _)| w)
    }
}

fn main() {
    let text = String::from("the cat and the dog and the bird");
    let counts = WordCounts::from_text(&text);
    println!("the: {}", counts.get("the"));
    println!("and: {}", counts.get("and"));
    println!("fish: {}", counts.get("fish"));
    println!("most common: {:?}", counts.most_common());
    println!("distinct words: {}", counts.entries.len());
}
