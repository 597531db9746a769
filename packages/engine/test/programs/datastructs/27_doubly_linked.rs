use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    value: i32,
    next: Option<Rc<RefCell<Node>>>,
    prev: Option<Weak<RefCell<Node>>>,
}

struct DoublyLinkedList {
    head: Option<Rc<RefCell<Node>>>,
    tail: Option<Rc<RefCell<Node>>>,
}

impl DoublyLinkedList {
    fn new() -> Self {
        DoublyLinkedList { head: None, tail: None }
    }

    fn push_back(&mut self, value: i32) {
        let node = Rc::new(RefCell::new(Node { value, next: None, prev: None }));
        match self.tail.take() {
            Some(old_tail) => {
                node.borrow_mut().prev = Some(Rc::downgrade(&old_tail));
                old_tail.borrow_mut().next = Some(Rc::clone(&node));
                self.tail = Some(node);
            }
            None => {
                self.head = Some(Rc::clone(&node));
                self.tail = Some(node);
            }
        }
    }

    fn forward(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = self.head.clone();
        while let Some(node) = cur {
            out.push(node.borrow().value);
            cur = node.borrow().next.clone();
        }
        out
    }

    fn backward(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = self.tail.clone();
        while let Some(node) = cur {
            out.push(node.borrow().value);
            cur = node.borrow().prev.as_ref().and_then(|w| w.upgrade());
        }
        out
    }
}

fn main() {
    let mut list = DoublyLinkedList::new();
    for v in [1, 2, 3, 4] {
        list.push_back(v);
    }
    println!("forward:  {:?}", list.forward());
    println!("backward: {:?}", list.backward());

    let head = list.head.as_ref().unwrap();
    println!("head strong = {}, weak = {}", Rc::strong_count(head), Rc::weak_count(head));
    let tail = list.tail.as_ref().unwrap();
    println!("tail strong = {}, weak = {}", Rc::strong_count(tail), Rc::weak_count(tail));
}
