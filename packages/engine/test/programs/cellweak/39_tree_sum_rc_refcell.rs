use std::cell::RefCell;
use std::rc::Rc;

type Link = Rc<RefCell<TreeNode>>;

struct TreeNode {
    val: i32,
    children: Vec<Link>,
}

fn node(val: i32) -> Link {
    Rc::new(RefCell::new(TreeNode { val, children: vec![] }))
}

fn sum(n: &Link) -> i32 {
    let b = n.borrow();
    b.val + b.children.iter().map(sum).sum::<i32>()
}

fn double_all(n: &Link) {
    let mut b = n.borrow_mut();
    b.val *= 2;
    for c in &b.children {
        double_all(c);
    }
}

fn main() {
    let root = node(1);
    let left = node(2);
    let right = node(3);
    left.borrow_mut().children.push(node(4));
    root.borrow_mut().children.push(Rc::clone(&left));
    root.borrow_mut().children.push(right);

    println!("sum = {}", sum(&root));
    double_all(&root);
    println!("sum after doubling = {}", sum(&root));
    println!("left val = {}, strong = {}", left.borrow().val, Rc::strong_count(&left));
}
