// A struct that holds a reference needs a lifetime parameter.
struct ImportantExcerpt<'a> {
    part: &'a str,
}

impl<'a> ImportantExcerpt<'a> {
    fn level(&self) -> i32 {
        3
    }

    fn announce_and_return_part(&self, announcement: &str) -> &str {
        println!("Attention please: {}", announcement);
        self.part
    }

    fn word_count(&self) -> usize {
        self.part.split_whitespace().count()
    }
}

struct Highlight<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

impl<'a> Highlight<'a> {
    fn marked(&self) -> &'a str {
        &self.text[self.start..self.end]
    }
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first_sentence = novel.split('.').next().expect("Could not find a '.'");
    let i = ImportantExcerpt { part: first_sentence };
    println!("part = {}, level = {}", i.part, i.level());
    println!("returned: {}", i.announce_and_return_part("excerpt ahead"));
    println!("words: {}", i.word_count());

    let h = Highlight { text: &novel, start: 8, end: 15 };
    let m = h.marked();
    println!("marked: [{}]", m);
}
