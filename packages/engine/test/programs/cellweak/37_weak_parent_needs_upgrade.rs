use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Folder {
    name: String,
    parent: RefCell<Weak<Folder>>,
}

fn main() {
    let root = Rc::new(Folder { name: "root".into(), parent: RefCell::new(Weak::new()) });
    let docs = Rc::new(Folder { name: "docs".into(), parent: RefCell::new(Weak::new()) });
    *docs.parent.borrow_mut() = Rc::downgrade(&root);

    // Student mistake: a Weak must be upgraded before use
    let p = docs.parent.borrow();
    println!("parent of {} is {}", docs.name, p.name);
}
