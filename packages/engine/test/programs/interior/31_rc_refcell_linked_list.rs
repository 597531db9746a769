use std::cell::RefCell;
use std::rc::Rc;

type Link = Option<Rc<RefCell<Node>>>;

struct Node {
    value: i32,
    next: Link,
}

struct Queue {
    head: Link,
    tail: Link,
}

impl Queue {
    fn push(&mut self, value: i32) {
        let node = Rc::new(RefCell::new(Node { value, next: None }));
        match self.tail.take() {
            Some(old) => old.borrow_mut().next = Some(Rc::clone(&node)),
            None => self.head = Some(Rc::clone(&node)),
        }
        self.tail = Some(node);
    }

    fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|old| {
            match old.borrow_mut().next.take() {
                Some(next) => self.head = Some(next),
                None => self.tail = None,
            }
            let v = old.borrow().value;
            v
        })
    }
}

fn main() {
    let mut q = Queue { head: None, tail: None };
    for v in [3, 1, 4] {
        q.push(v);
    }
    if let Some(h) = &q.head {
        println!("head strong count: {}", Rc::strong_count(h));
    }
    if let Some(t) = &q.tail {
        println!("tail strong count: {}", Rc::strong_count(t));
    }
    println!("pop {:?}", q.pop());
    q.push(1);
    q.push(5);
    while let Some(v) = q.pop() {
        println!("pop {}", v);
    }
    println!("empty: {}", q.head.is_none() && q.tail.is_none());
}
