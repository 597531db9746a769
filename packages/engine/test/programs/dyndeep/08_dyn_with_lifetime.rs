// A trait object that borrows data: Box<dyn Trait + 'a>.
trait Matcher {
    fn matches(&self, word: &str) -> bool;
}

struct Prefix<'a> { p: &'a str }

impl<'a> Matcher for Prefix<'a> {
    fn matches(&self, word: &str) -> bool { word.starts_with(self.p) }
}

fn make_matcher<'a>(p: &'a str) -> Box<dyn Matcher + 'a> {
    Box::new(Prefix { p })
}

fn main() {
    let prefix = String::from("re");
    let m = make_matcher(&prefix);
    let words = ["read", "write", "return", "rust"];
    for w in words {
        println!("{} -> {}", w, m.matches(w));
    }
}
