// A tokenizer over &'a str that hands out slices of the original input.
struct Tokenizer<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Tokenizer<'a> {
    fn new(input: &'a str) -> Self {
        Tokenizer { input, pos: 0 }
    }

    fn next_token(&mut self) -> Option<&'a str> {
        let rest = &self.input[self.pos..];
        let trimmed = rest.trim_start();
        self.pos += rest.len() - trimmed.len();
        if trimmed.is_empty() {
            return None;
        }
        let end = trimmed.find(' ').unwrap_or(trimmed.len());
        let token = &trimmed[..end];
        self.pos += end;
        Some(token)
    }
}

fn main() {
    let source = String::from("let  x = 42 ;");
    let mut tok = Tokenizer::new(&source);
    let mut tokens = Vec::new();
    while let Some(t) = tok.next_token() {
        tokens.push(t);
    }
    // The tokenizer can be dropped; the tokens borrow from `source`, not from `tok`.
    drop(tok);
    println!("{} tokens: {:?}", tokens.len(), tokens);
}
