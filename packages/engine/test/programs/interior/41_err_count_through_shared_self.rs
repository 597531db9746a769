struct PageViews {
    url: String,
    hits: u32,
}

impl PageViews {
    // Mistake: a &self method cannot change a plain field.
    fn visit(&self) {
        self.hits += 1;
    }
}

fn main() {
    let page = PageViews { url: String::from("/home"), hits: 0 };
    page.visit();
    page.visit();
    println!("{} has {} hits", page.url, page.hits);
}
