// A struct that holds a reference needs a lifetime parameter.
#[derive(Debug)]
struct Quote<'a> {
    part: &'a str,
    line: usize,
}

impl<'a> Quote<'a> {
    fn level(&self) -> i32 {
        3
    }

    // Elision: the result gets the lifetime of &self.
    fn announce_and_return_part(&self, announcement: &str) -> &str {
        println!("Attention please: {announcement}");
        self.part
    }
}

fn find_sentences(text: &str) -> Vec<Quote<'_>> {
    text.split('.')
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .enumerate()
        .map(|(i, part)| Quote { part, line: i + 1 })
        .collect()
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago. Never mind how long.");
    let quotes = find_sentences(&novel);
    for q in &quotes {
        println!("{:?} (level {})", q, q.level());
    }
    let first = quotes[0].announce_and_return_part("first sentence");
    println!("{first}");
}
