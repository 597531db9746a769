// Lifetime elision: these signatures need no explicit annotations.
fn trim_prefix(s: &str) -> &str {
    s.strip_prefix("re:").unwrap_or(s).trim()
}

fn first_number(list: &[i32]) -> Option<&i32> {
    list.iter().find(|n| **n > 0)
}

struct Parser {
    source: String,
}

impl Parser {
    // With &self, outputs borrow from self.
    fn head(&self, n: usize) -> &str {
        &self.source[..n.min(self.source.len())]
    }

    fn words(&self) -> Vec<&str> {
        self.source.split(' ').collect()
    }
}

fn main() {
    println!("[{}]", trim_prefix("re:  meeting notes"));
    println!("[{}]", trim_prefix("plain subject"));
    println!("{:?}", first_number(&[-3, 0, 8, 2]));

    let parser = Parser { source: String::from("let x = 5 ;") };
    println!("head: {}", parser.head(5));
    println!("words: {:?}", parser.words());
}
