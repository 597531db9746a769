use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    name: String,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

fn node(name: &str) -> Rc<Node> {
    Rc::new(Node {
        name: name.to_string(),
        parent: RefCell::new(Weak::new()),
        children: RefCell::new(vec![]),
    })
}

fn adopt(parent: &Rc<Node>, child: &Rc<Node>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(Rc::clone(child));
}

fn path(n: &Rc<Node>) -> String {
    match n.parent.borrow().upgrade() {
        Some(p) => format!("{}/{}", path(&p), n.name),
        None => n.name.clone(),
    }
}

fn main() {
    let root = node("root");
    let usr = node("usr");
    let bin = node("bin");
    adopt(&root, &usr);
    adopt(&usr, &bin);

    println!("{}", path(&bin));
    println!("usr: strong={} weak={}", Rc::strong_count(&usr), Rc::weak_count(&usr));
    println!("root children: {}", root.children.borrow().len());

    drop(root);
    println!("after root dropped: {}", path(&bin));
    println!("usr parent alive? {}", usr.parent.borrow().upgrade().is_some());
}
