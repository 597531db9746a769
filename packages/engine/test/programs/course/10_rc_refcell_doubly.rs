// Lab 4, exercise 1: a doubly linked list with Rc<RefCell<Node>>.
// `next` owns the following node (strong), `prev` only observes (Weak).
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    name: String,
    next: Option<Rc<RefCell<Node>>>,
    prev: Option<Weak<RefCell<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn new_node(name: &str) -> Rc<RefCell<Node>> {
    Rc::new(RefCell::new(Node { name: name.to_string(), next: None, prev: None }))
}

fn link(a: &Rc<RefCell<Node>>, b: &Rc<RefCell<Node>>) {
    a.borrow_mut().next = Some(Rc::clone(b));
    b.borrow_mut().prev = Some(Rc::downgrade(a));
}

fn main() {
    let first = new_node("first");
    let second = new_node("second");
    let third = new_node("third");
    link(&first, &second);
    link(&second, &third);

    println!("second: strong = {}, weak = {}", Rc::strong_count(&second), Rc::weak_count(&second));
    println!("third:  strong = {}, weak = {}", Rc::strong_count(&third), Rc::weak_count(&third));

    // Walk backwards from third using upgrade().
    let mut names = Vec::new();
    let mut cur = Some(Rc::clone(&third));
    while let Some(node) = cur {
        names.push(node.borrow().name.clone());
        cur = node.borrow().prev.as_ref().and_then(|w| w.upgrade());
    }
    println!("backwards: {:?}", names);

    drop(second);
    drop(third);
    println!("dropped our handles to second and third");
    let still_there = first.borrow().next.as_ref().map(|n| n.borrow().name.clone());
    println!("first.next = {:?}", still_there);
    println!("end of main");
}
