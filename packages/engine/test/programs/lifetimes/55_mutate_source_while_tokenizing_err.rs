// Appending to the source while a tokenizer still borrows it.
struct Tokenizer<'a> {
    rest: &'a str,
}

impl<'a> Tokenizer<'a> {
    fn next_word(&mut self) -> Option<&'a str> {
        let trimmed = self.rest.trim_start();
        if trimmed.is_empty() {
            return None;
        }
        let end = trimmed.find(' ').unwrap_or(trimmed.len());
        self.rest = &trimmed[end..];
        Some(&trimmed[..end])
    }
}

fn main() {
    let mut source = String::from("alpha beta");
    let mut tok = Tokenizer { rest: &source };
    let first = tok.next_word();
    source.push_str(" gamma");
    let second = tok.next_word();
    println!("{:?} {:?}", first, second);
}
