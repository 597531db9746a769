use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct TreeNode {
    label: String,
    parent: Weak<RefCell<TreeNode>>,
    children: Vec<Rc<RefCell<TreeNode>>>,
}

fn new_node(label: &str) -> Rc<RefCell<TreeNode>> {
    Rc::new(RefCell::new(TreeNode {
        label: label.to_string(),
        parent: Weak::new(),
        children: vec![],
    }))
}

fn add_child(parent: &Rc<RefCell<TreeNode>>, child: Rc<RefCell<TreeNode>>) {
    child.borrow_mut().parent = Rc::downgrade(parent);
    parent.borrow_mut().children.push(child);
}

fn path_to_root(node: &Rc<RefCell<TreeNode>>) -> Vec<String> {
    let mut path = vec![node.borrow().label.clone()];
    let mut current = node.borrow().parent.upgrade();
    while let Some(p) = current {
        path.push(p.borrow().label.clone());
        current = p.borrow().parent.upgrade();
    }
    path
}

fn main() {
    let animals = new_node("Animalia");
    let chordata = new_node("Chordata");
    let mammalia = new_node("Mammalia");
    let carnivora = new_node("Carnivora");
    let aves = new_node("Aves");

    add_child(&animals, Rc::clone(&chordata));
    add_child(&chordata, Rc::clone(&mammalia));
    add_child(&chordata, Rc::clone(&aves));
    add_child(&mammalia, Rc::clone(&carnivora));

    println!("{}", path_to_root(&carnivora).join(" <- "));
    println!("{}", path_to_root(&aves).join(" <- "));
    println!("depth of Carnivora = {}", path_to_root(&carnivora).len() - 1);
    println!("Chordata: strong = {}, weak = {}", Rc::strong_count(&chordata), Rc::weak_count(&chordata));
    println!("children of Chordata: {}", chordata.borrow().children.len());
}
