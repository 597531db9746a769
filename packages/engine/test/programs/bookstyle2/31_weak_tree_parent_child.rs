// A tree where children own nothing upward: parent links are Weak.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    value: i32,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

fn counts(label: &str, node: &Rc<Node>) {
    println!(
        "{} strong = {}, weak = {}",
        label,
        Rc::strong_count(node),
        Rc::weak_count(node)
    );
}

fn main() {
    let leaf = Rc::new(Node {
        value: 3,
        parent: RefCell::new(Weak::new()),
        children: RefCell::new(vec![]),
    });
    counts("leaf", &leaf);
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));

    {
        let branch = Rc::new(Node {
            value: 5,
            parent: RefCell::new(Weak::new()),
            children: RefCell::new(vec![Rc::clone(&leaf)]),
        });
        *leaf.parent.borrow_mut() = Rc::downgrade(&branch);

        counts("branch", &branch);
        counts("leaf", &leaf);
        println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
        println!("branch has {} child(ren)", branch.children.borrow().len());
    }

    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
    counts("leaf", &leaf);
}
