struct Person {
    first: String,
    last: String,
}

impl Person {
    fn full_name(&self) -> String {
        let first = self.first.clone();
        let last = self.last.clone();
        first + " " + last
    }
}

fn main() {
    let p = Person {
        first: String::from("Linus"),
        last: String::from("Torvalds"),
    };
    println!("{}", p.full_name());
}
