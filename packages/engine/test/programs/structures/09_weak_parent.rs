// Tree with Weak parent pointers: upgrade, strong_count and weak_count.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct TreeNode {
    value: i32,
    parent: RefCell<Weak<TreeNode>>,
    children: RefCell<Vec<Rc<TreeNode>>>,
}

fn new_node(value: i32) -> Rc<TreeNode> {
    Rc::new(TreeNode { value, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) })
}

fn counts(label: &str, n: &Rc<TreeNode>) {
    println!("{}: strong = {}, weak = {}", label, Rc::strong_count(n), Rc::weak_count(n));
}

fn main() {
    let leaf = new_node(3);
    counts("leaf", &leaf);
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));

    {
        let branch = new_node(5);
        *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
        branch.children.borrow_mut().push(Rc::clone(&leaf));

        let sibling = new_node(4);
        *sibling.parent.borrow_mut() = Rc::downgrade(&branch);
        branch.children.borrow_mut().push(sibling);

        counts("branch", &branch);
        counts("leaf", &leaf);
        println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
        let kids: Vec<i32> = branch.children.borrow().iter().map(|c| c.value).collect();
        println!("branch children = {:?}", kids);
        let sum: i32 = branch
            .children
            .borrow()
            .iter()
            .filter_map(|c| c.parent.borrow().upgrade())
            .map(|p| p.value)
            .sum();
        println!("sum of parents seen from children = {}", sum);
    }

    println!("leaf parent after scope = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
    counts("leaf", &leaf);
}
