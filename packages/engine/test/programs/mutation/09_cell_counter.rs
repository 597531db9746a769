use std::cell::Cell;

struct Website {
    url: String,
    visits: Cell<u32>,
}

impl Website {
    fn new(url: &str) -> Self {
        Website { url: url.to_string(), visits: Cell::new(0) }
    }

    // Note: &self, not &mut self
    fn visit(&self) {
        self.visits.set(self.visits.get() + 1);
    }

    fn report(&self) {
        println!("{} was visited {} times", self.url, self.visits.get());
    }
}

fn main() {
    let site = Website::new("https://www.rust-lang.org");
    site.visit();
    site.visit();
    let alias = &site;
    alias.visit();
    site.report();
}
