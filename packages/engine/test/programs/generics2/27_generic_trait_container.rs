// A trait with a generic parameter, implemented by a generic struct.
trait Container<T> {
    fn get(&self, i: usize) -> Option<&T>;
    fn first(&self) -> Option<&T>;
    fn put(&mut self, item: T);
}

struct Shelf<T> {
    things: Vec<T>,
}

impl<T> Container<T> for Shelf<T> {
    fn get(&self, i: usize) -> Option<&T> {
        self.things.get(i)
    }
    fn first(&self) -> Option<&T> {
        self.things.first()
    }
    fn put(&mut self, item: T) {
        self.things.push(item);
    }
}

fn fill<C: Container<String>>(c: &mut C, words: &[&str]) {
    for w in words {
        c.put(w.to_string());
    }
}

fn main() {
    let mut shelf = Shelf { things: Vec::new() };
    fill(&mut shelf, &["atlas", "dictionary", "novel"]);
    println!("{:?}", shelf.first());
    println!("{:?}", shelf.get(2));
    println!("{:?}", shelf.get(5));
}
