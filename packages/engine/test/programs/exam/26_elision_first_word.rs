// Lifetime elision: one input reference -> output gets its lifetime.
fn first_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    for (i, &item) in bytes.iter().enumerate() {
        if item == b' ' {
            return &s[0..i];
        }
    }
    &s[..]
}

struct Parser {
    text: String,
}

impl Parser {
    // &self lifetime is used for the output, even with another reference parameter
    fn prefix(&self, _sep: &str) -> &str {
        first_word(&self.text)
    }
}

fn main() {
    let sentence = String::from("hello world again");
    let w = first_word(&sentence);
    println!("first word: {}", w);
    let p = Parser { text: String::from("quick brown fox") };
    let sep = String::from(" ");
    let pre = p.prefix(&sep);
    drop(sep);
    println!("prefix: {}", pre);
}
