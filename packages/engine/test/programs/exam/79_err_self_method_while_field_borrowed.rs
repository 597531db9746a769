struct Counter {
    name: String,
    hits: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.hits += 1;
    }

    fn rename_and_bump(&mut self) {
        let n = &mut self.name;
        self.bump();
        n.push_str("-bumped");
    }
}

fn main() {
    let mut c = Counter { name: String::from("clicks"), hits: 0 };
    c.rename_and_bump();
    println!("{} {}", c.name, c.hits);
}
