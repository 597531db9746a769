trait Matcher {
    fn matches(&self, s: &str) -> bool;
}

struct Contains<'a> { needle: &'a str }

impl<'a> Matcher for Contains<'a> {
    fn matches(&self, s: &str) -> bool { s.contains(self.needle) }
}

fn main() {
    let m: Box<dyn Matcher>;
    {
        let needle = String::from("rust");
        m = Box::new(Contains { needle: &needle });
    }
    println!("{}", m.matches("trusty"));
}
