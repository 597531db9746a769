// A trait with a generic method cannot be used as a trait object.
trait Storage {
    fn put<T: ToString>(&mut self, value: T);
    fn count(&self) -> usize;
}

struct Memory {
    items: Vec<String>,
}

impl Storage for Memory {
    fn put<T: ToString>(&mut self, value: T) {
        self.items.push(value.to_string());
    }
    fn count(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let mut m = Memory { items: Vec::new() };
    m.put(5);
    m.put("five");
    let stores: Vec<Box<dyn Storage>> = vec![Box::new(m)];
    println!("{}", stores[0].count());
}
