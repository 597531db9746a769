use std::cell::RefCell;

struct Library {
    titles: RefCell<Vec<String>>,
}

impl Library {
    fn add(&self, t: &str) {
        self.titles.borrow_mut().push(t.to_string());
    }

    fn first(&self) -> &String {
        &self.titles.borrow()[0]
    }
}

fn main() {
    let lib = Library { titles: RefCell::new(Vec::new()) };
    lib.add("Dune");
    lib.add("Emma");
    println!("first: {}", lib.first());
}
