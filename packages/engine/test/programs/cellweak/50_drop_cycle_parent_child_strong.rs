use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    id: u32,
    next: RefCell<Option<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("node {} dropped", self.id);
    }
}

fn main() {
    let a = Rc::new(Node { id: 1, next: RefCell::new(None) });
    let b = Rc::new(Node { id: 2, next: RefCell::new(Some(Rc::clone(&a))) });
    let c = Rc::new(Node { id: 3, next: RefCell::new(None) });

    println!("a strong = {}, b strong = {}", Rc::strong_count(&a), Rc::strong_count(&b));

    // close the loop a -> b -> a
    *a.next.borrow_mut() = Some(Rc::clone(&b));
    println!("after cycle: a strong = {}, b strong = {}", Rc::strong_count(&a), Rc::strong_count(&b));

    drop(a);
    drop(b);
    println!("c strong = {}", Rc::strong_count(&c));
    println!("end of main: only node 3 will say goodbye");
}
