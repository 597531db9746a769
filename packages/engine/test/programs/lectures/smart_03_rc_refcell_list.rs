// A singly linked list with shared, mutable nodes: Rc<RefCell<Node>>.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Node {
    value: i32,
    next: Option<Rc<RefCell<Node>>>,
}

fn new_node(value: i32) -> Rc<RefCell<Node>> {
    Rc::new(RefCell::new(Node { value, next: None }))
}

fn to_vec(head: &Rc<RefCell<Node>>) -> Vec<i32> {
    let mut out = Vec::new();
    let mut cur = Some(Rc::clone(head));
    while let Some(node) = cur {
        out.push(node.borrow().value);
        cur = node.borrow().next.clone();
    }
    out
}

fn main() {
    let a = new_node(1);
    let b = new_node(2);
    let c = new_node(3);
    a.borrow_mut().next = Some(Rc::clone(&b));
    b.borrow_mut().next = Some(Rc::clone(&c));
    println!("list: {:?}", to_vec(&a));

    // change a value in the middle through the shared handle
    b.borrow_mut().value = 20;
    println!("after change: {:?}", to_vec(&a));

    // a second list shares the tail starting at b
    let other = new_node(100);
    other.borrow_mut().next = Some(Rc::clone(&b));
    println!("other: {:?}", to_vec(&other));
    println!("b strong count = {}", Rc::strong_count(&b));

    // insert after c
    let d = new_node(4);
    c.borrow_mut().next = Some(d);
    println!("a now: {:?}", to_vec(&a));
    println!("other now: {:?}", to_vec(&other));

    let sum: i32 = to_vec(&a).iter().sum();
    println!("sum = {}, c count = {}", sum, Rc::strong_count(&c));
}
