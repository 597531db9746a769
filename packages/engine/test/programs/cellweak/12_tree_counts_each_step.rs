use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    value: i32,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

fn counts(label: &str, n: &Rc<Node>) {
    println!("{} (value {}): strong = {}, weak = {}",
        label, n.value, Rc::strong_count(n), Rc::weak_count(n));
}

fn main() {
    let leaf = Rc::new(Node { value: 3, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) });
    counts("leaf", &leaf);

    {
        let branch = Rc::new(Node {
            value: 5,
            parent: RefCell::new(Weak::new()),
            children: RefCell::new(vec![Rc::clone(&leaf)]),
        });
        *leaf.parent.borrow_mut() = Rc::downgrade(&branch);

        counts("branch", &branch);
        counts("leaf", &leaf);
    }

    // branch is gone: the Weak cannot be upgraded any more
    println!("leaf parent alive? {}", leaf.parent.borrow().upgrade().is_some());
    counts("leaf", &leaf);
}
