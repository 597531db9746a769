// Methods on a struct with a lifetime: impl<'a> and the elision rules.
struct ImportantExcerpt<'a> {
    part: &'a str,
}

impl<'a> ImportantExcerpt<'a> {
    fn level(&self) -> i32 {
        3
    }

    // Third elision rule: the output gets the lifetime of &self.
    fn announce_and_return_part(&self, announcement: &str) -> &str {
        println!("Attention please: {announcement}");
        self.part
    }

    fn part_upper(&self) -> String {
        self.part.to_uppercase()
    }
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first_sentence = novel.split('.').next().expect("Could not find a '.'");
    let excerpt = ImportantExcerpt { part: first_sentence };

    println!("level = {}", excerpt.level());
    let part = excerpt.announce_and_return_part("the excerpt follows");
    println!("part = {part}");
    println!("upper = {}", excerpt.part_upper());
}
