// impl blocks for a struct with a lifetime.
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn level(&self) -> i32 {
        3
    }

    // Elision: the result is tied to &self.
    fn announce_and_return_part(&self, announcement: &str) -> &str {
        println!("Attention please: {}", announcement);
        self.part
    }

    // Explicit 'a: the result lives as long as the original text.
    fn part(&self) -> &'a str {
        self.part
    }
}

fn main() {
    let text = String::from("Once upon a time. The end.");
    let ex = Excerpt { part: text.split('.').next().unwrap() };
    println!("level {}", ex.level());
    let p = ex.announce_and_return_part("story time");
    println!("part: {}", p);
    println!("again: {}", ex.part());
}
