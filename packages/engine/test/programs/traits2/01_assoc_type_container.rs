// A trait with an associated type: each container decides what it holds.
trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }
    fn size(&self) -> usize;
}

struct Shelf {
    books: Vec<String>,
}

impl Container for Shelf {
    type Item = String;
    fn get(&self, i: usize) -> Option<&String> {
        self.books.get(i)
    }
    fn size(&self) -> usize {
        self.books.len()
    }
}

struct Counter {
    values: [u32; 3],
}

impl Container for Counter {
    type Item = u32;
    fn get(&self, i: usize) -> Option<&u32> {
        self.values.get(i)
    }
    fn size(&self) -> usize {
        self.values.len()
    }
}

fn main() {
    let shelf = Shelf { books: vec!["Dune".to_string(), "Emma".to_string()] };
    let counter = Counter { values: [7, 8, 9] };
    println!("shelf first = {:?}, size = {}", shelf.first(), shelf.size());
    println!("counter[2] = {:?}, size = {}", counter.get(2), counter.size());
    println!("counter[5] = {:?}", counter.get(5));
}
