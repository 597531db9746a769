use std::cell::Cell;

struct Parcel {
    contents: Cell<Option<Box<String>>>,
}

impl Parcel {
    fn open(&self) -> String {
        match self.contents.take() {
            Some(b) => *b,
            None => String::from("(empty)"),
        }
    }

    fn refill(&self, s: &str) -> bool {
        let old = self.contents.replace(Some(Box::new(s.to_string())));
        old.is_none()
    }
}

fn main() {
    let p = Parcel { contents: Cell::new(Some(Box::new(String::from("book")))) };
    let handle = &p;
    println!("opened: {}", handle.open());
    println!("opened again: {}", handle.open());
    println!("refill into empty? {}", p.refill("scarf"));
    println!("refill into full? {}", p.refill("gloves"));
    println!("opened: {}", p.open());
}
