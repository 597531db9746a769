// Mistake: a trait with a generic method cannot be used as dyn Trait.
trait Storage {
    fn save<T: std::fmt::Debug>(&mut self, item: T);
    fn count(&self) -> usize;
}

struct Memory {
    lines: Vec<String>,
}

impl Storage for Memory {
    fn save<T: std::fmt::Debug>(&mut self, item: T) {
        self.lines.push(format!("{:?}", item));
    }
    fn count(&self) -> usize {
        self.lines.len()
    }
}

fn main() {
    let mut store: Box<dyn Storage> = Box::new(Memory { lines: vec![] });
    store.save(42);
    println!("{}", store.count());
}
