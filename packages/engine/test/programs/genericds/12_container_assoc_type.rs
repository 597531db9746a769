// A trait with an associated type: each container says what it holds.
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

struct Readings {
    values: [f32; 4],
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

impl Container for Readings {
    type Item = f32;
    fn get(&self, i: usize) -> Option<&f32> {
        self.values.get(i)
    }
    fn size(&self) -> usize {
        self.values.len()
    }
}

fn last_of<C: Container>(c: &C) -> Option<&C::Item> {
    if c.size() == 0 { None } else { c.get(c.size() - 1) }
}

fn main() {
    let shelf = Shelf { books: vec![String::from("Dune"), String::from("Emma")] };
    let r = Readings { values: [1.5, 2.0, 2.5, 3.0] };

    println!("first book: {:?}", shelf.first());
    println!("last book: {:?}", last_of(&shelf));
    println!("book 5: {:?}", shelf.get(5));
    println!("reading 2: {:?}", r.get(2));
    println!("last reading: {:?}", last_of(&r));
}
