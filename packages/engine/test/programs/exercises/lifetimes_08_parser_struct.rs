struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Self {
        Parser { input, pos: 0 }
    }

    fn skip_spaces(&mut self) {
        while self.pos < self.input.len() && self.input.as_bytes()[self.pos] == b' ' {
            self.pos += 1;
        }
    }

    fn next_word(&mut self) -> Option<&'a str> {
        self.skip_spaces();
        if self.pos >= self.input.len() {
            return None;
        }
        let start = self.pos;
        while self.pos < self.input.len() && self.input.as_bytes()[self.pos] != b' ' {
            self.pos += 1;
        }
        Some(&self.input[start..self.pos])
    }

    fn rest(&self) -> &'a str {
        &self.input[self.pos..]
    }
}

fn main() {
    let text = String::from("  let   x = 42 ;");
    let mut p = Parser::new(&text);
    let kw = p.next_word();
    let name = p.next_word();
    println!("{:?} {:?} rest={:?}", kw, name, p.rest());
    let mut words = Vec::new();
    while let Some(w) = p.next_word() {
        words.push(w);
    }
    println!("{:?}", words);
    drop(p);
    println!("words outlive parser: {}", words.join("|"));
}
