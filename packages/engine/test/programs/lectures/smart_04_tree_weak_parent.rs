// A tree where children are owned (Rc) and parents are referenced weakly (Weak).
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    value: i32,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

fn node(value: i32) -> Rc<Node> {
    Rc::new(Node { value, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) })
}

fn add_child(parent: &Rc<Node>, child: Rc<Node>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(child);
}

fn path_to_root(n: &Rc<Node>) -> Vec<i32> {
    let mut out = vec![n.value];
    let mut cur = n.parent.borrow().upgrade();
    while let Some(p) = cur {
        out.push(p.value);
        cur = p.parent.borrow().upgrade();
    }
    out
}

fn main() {
    let leaf = node(3);
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
    println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));

    {
        let branch = node(5);
        add_child(&branch, Rc::clone(&leaf));
        let root = node(1);
        add_child(&root, Rc::clone(&branch));

        println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
        println!("path: {:?}", path_to_root(&leaf));
        println!("branch strong = {}, weak = {}", Rc::strong_count(&branch), Rc::weak_count(&branch));
        println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
        let kids: Vec<i32> = root.children.borrow().iter().map(|c| c.value).collect();
        println!("root children: {:?}", kids);
    }

    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
    println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
}
