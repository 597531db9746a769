// Lab 9, exercise 1: a tree where children know their parent.
// Children are owned with Rc; the parent link is Weak to avoid a cycle.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct TreeNode {
    value: i32,
    parent: RefCell<Weak<TreeNode>>,
    children: RefCell<Vec<Rc<TreeNode>>>,
}

fn make(value: i32) -> Rc<TreeNode> {
    Rc::new(TreeNode { value, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) })
}

fn adopt(parent: &Rc<TreeNode>, child: &Rc<TreeNode>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(Rc::clone(child));
}

fn sum(node: &Rc<TreeNode>) -> i32 {
    node.value + node.children.borrow().iter().map(sum).sum::<i32>()
}

fn main() {
    let leaf = make(3);
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
    println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));

    {
        let branch = make(5);
        adopt(&branch, &leaf);
        adopt(&branch, &make(7));

        println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
        println!("branch strong = {}, weak = {}", Rc::strong_count(&branch), Rc::weak_count(&branch));
        println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
        println!("sum of branch = {}", sum(&branch));
    }

    // branch is gone, so the Weak no longer upgrades.
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
    println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
}
