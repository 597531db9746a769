// A doubly linked list: next pointers are Rc, prev pointers are Weak.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    val: char,
    next: Option<Rc<RefCell<Node>>>,
    prev: Option<Weak<RefCell<Node>>>,
}

struct List {
    head: Option<Rc<RefCell<Node>>>,
    tail: Option<Rc<RefCell<Node>>>,
    len: usize,
}

impl List {
    fn new() -> Self {
        List { head: None, tail: None, len: 0 }
    }

    fn push_back(&mut self, val: char) {
        let node = Rc::new(RefCell::new(Node { val, next: None, prev: None }));
        match self.tail.take() {
            Some(old) => {
                node.borrow_mut().prev = Some(Rc::downgrade(&old));
                old.borrow_mut().next = Some(Rc::clone(&node));
            }
            None => self.head = Some(Rc::clone(&node)),
        }
        self.tail = Some(node);
        self.len += 1;
    }

    fn forward(&self) -> String {
        let mut s = String::new();
        let mut cur = self.head.clone();
        while let Some(n) = cur {
            s.push(n.borrow().val);
            cur = n.borrow().next.clone();
        }
        s
    }

    fn backward(&self) -> String {
        let mut s = String::new();
        let mut cur = self.tail.clone();
        while let Some(n) = cur {
            s.push(n.borrow().val);
            cur = n.borrow().prev.as_ref().and_then(|w| w.upgrade());
        }
        s
    }
}

fn main() {
    let mut list = List::new();
    for c in "rustacean".chars() {
        list.push_back(c);
    }
    println!("len {}", list.len);
    println!("forward:  {}", list.forward());
    println!("backward: {}", list.backward());
    if let Some(h) = &list.head {
        h.borrow_mut().val = 'R';
        println!("head strong {} weak {}", Rc::strong_count(h), Rc::weak_count(h));
    }
    println!("forward:  {}", list.forward());
}
