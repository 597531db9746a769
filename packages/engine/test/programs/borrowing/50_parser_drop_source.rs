struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.input[self.pos..];
        let rest_trimmed = rest.trim_start();
        if rest_trimmed.is_empty() {
            return None;
        }
        let start = self.pos + (rest.len() - rest_trimmed.len());
        let len = rest_trimmed.find(' ').unwrap_or(rest_trimmed.len());
        self.pos = start + len;
        Some(&self.input[start..start + len])
    }
}

fn main() {
    let source = String::from("move semantics matter");
    let mut p = Parser { input: &source, pos: 0 };
    let archive = source;
    while let Some(w) = p.next_word() {
        println!("{}", w);
    }
    println!("archived {} bytes", archive.len());
}
