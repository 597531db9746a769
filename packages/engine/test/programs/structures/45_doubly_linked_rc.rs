// Doubly linked list with Rc<RefCell<>> for next and Weak for prev.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

type Link = Option<Rc<RefCell<DNode>>>;

struct DNode {
    val: i32,
    next: Link,
    prev: Option<Weak<RefCell<DNode>>>,
}

struct DList {
    head: Link,
    tail: Link,
}

impl DList {
    fn new() -> Self {
        DList { head: None, tail: None }
    }
    fn push_back(&mut self, val: i32) {
        let node = Rc::new(RefCell::new(DNode { val, next: None, prev: None }));
        match self.tail.take() {
            Some(old) => {
                node.borrow_mut().prev = Some(Rc::downgrade(&old));
                old.borrow_mut().next = Some(Rc::clone(&node));
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
        while let Some(n) = cur {
            out.push(n.borrow().val);
            cur = n.borrow().next.clone();
        }
        out
    }
    fn backward(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = self.tail.clone();
        while let Some(n) = cur {
            out.push(n.borrow().val);
            cur = n.borrow().prev.as_ref().and_then(|w| w.upgrade());
        }
        out
    }
    fn pop_front(&mut self) -> Option<i32> {
        self.head.take().map(|old| {
            match old.borrow_mut().next.take() {
                Some(next) => {
                    next.borrow_mut().prev = None;
                    self.head = Some(next);
                }
                None => {
                    self.tail = None;
                }
            }
            let v = old.borrow().val;
            v
        })
    }
}

fn main() {
    let mut list = DList::new();
    for v in [1, 2, 3, 4] {
        list.push_back(v);
    }
    println!("forward  {:?}", list.forward());
    println!("backward {:?}", list.backward());
    if let Some(h) = &list.head {
        println!("head strong = {}, weak = {}", Rc::strong_count(h), Rc::weak_count(h));
    }
    println!("pop_front = {:?}", list.pop_front());
    println!("forward  {:?}", list.forward());
    println!("backward {:?}", list.backward());
    while let Some(v) = list.pop_front() {
        println!("popped {}", v);
    }
    println!("empty: head none = {}, tail none = {}", list.head.is_none(), list.tail.is_none());
}
