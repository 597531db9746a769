// A small parser that hands out slices of its input.
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Self {
        Parser { input, pos: 0 }
    }

    fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.input[self.pos..];
        let rest_trim = rest.trim_start();
        if rest_trim.is_empty() {
            return None;
        }
        let start = self.pos + (rest.len() - rest_trim.len());
        let len = rest_trim.find(' ').unwrap_or(rest_trim.len());
        self.pos = start + len;
        Some(&self.input[start..start + len])
    }
}

fn main() {
    let src = String::from("  add  3 4 ");
    let mut p = Parser::new(&src);
    let mut words = Vec::new();
    while let Some(w) = p.next_word() {
        words.push(w);
    }
    // The words borrow from src, not from the parser.
    drop(p);
    println!("{:?}", words);
}
