// A tokenizer that borrows its input and hands out slices of it.
struct Tokenizer<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Tokenizer<'a> {
    fn new(input: &'a str) -> Self {
        Tokenizer { input, pos: 0 }
    }

    fn next_token(&mut self) -> Option<&'a str> {
        let bytes = self.input.as_bytes();
        while self.pos < bytes.len() && bytes[self.pos] == b' ' {
            self.pos += 1;
        }
        if self.pos >= bytes.len() {
            return None;
        }
        let start = self.pos;
        if bytes[start].is_ascii_digit() {
            while self.pos < bytes.len() && bytes[self.pos].is_ascii_digit() {
                self.pos += 1;
            }
        } else {
            self.pos += 1;
        }
        Some(&self.input[start..self.pos])
    }
}

fn main() {
    let source = String::from("12 + 345*(6 - 78)");
    let mut tk = Tokenizer::new(&source);
    let mut tokens = Vec::new();
    while let Some(t) = tk.next_token() {
        tokens.push(t);
    }
    println!("{} tokens: {:?}", tokens.len(), tokens);
    let numbers: Vec<u32> = tokens.iter().filter_map(|t| t.parse().ok()).collect();
    println!("numbers: {:?}", numbers);
    println!("source still readable: {}", source);
}
