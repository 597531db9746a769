struct Collector<'a> {
    tags: Vec<&'a str>,
}

impl<'a> Collector<'a> {
    fn add(&mut self, tag: &str) {
        self.tags.push(tag);
    }
}

fn main() {
    let a = String::from("urgent");
    let mut c = Collector { tags: Vec::new() };
    c.add(&a);
    println!("{:?}", c.tags);
}
