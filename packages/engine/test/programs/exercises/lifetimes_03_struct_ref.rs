#[derive(Debug)]
struct Excerpt<'a> {
    part: &'a str,
    line: usize,
}

impl<'a> Excerpt<'a> {
    fn level(&self) -> i32 {
        3
    }

    fn announce(&self, announcement: &str) -> &str {
        println!("Attention please: {}", announcement);
        self.part
    }

    fn words(&self) -> Vec<&'a str> {
        self.part.split_whitespace().collect()
    }
}

fn find_excerpts<'a>(text: &'a str, needle: &str) -> Vec<Excerpt<'a>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .map(|(i, l)| Excerpt { part: l, line: i + 1 })
        .collect()
}

fn main() {
    let novel = String::from("Call me Ishmael.\nSome years ago, never mind how long.\nI thought I would sail about.\nSome whale.");
    let first = novel.split('.').next().expect("no sentence");
    let e = Excerpt { part: first, line: 1 };
    println!("{:?} level {}", e, e.level());
    println!("returned: {}", e.announce("hello"));
    let hits = find_excerpts(&novel, "Some");
    for h in &hits {
        println!("line {}: {} ({} words)", h.line, h.part, h.words().len());
    }
    let all_words: Vec<&str> = hits.iter().flat_map(|h| h.words()).collect();
    println!("{:?}", all_words);
}
