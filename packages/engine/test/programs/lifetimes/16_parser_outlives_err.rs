// The parsed key borrows from `line`, which dies at the end of the block.
struct Parser<'a> {
    text: &'a str,
}

impl<'a> Parser<'a> {
    fn key(&self) -> &'a str {
        match self.text.split_once('=') {
            Some((k, _)) => k.trim(),
            None => self.text,
        }
    }
}

fn main() {
    let key;
    {
        let line = String::from("timeout = 30");
        let parser = Parser { text: &line };
        key = parser.key();
    }
    println!("key: {}", key);
}
