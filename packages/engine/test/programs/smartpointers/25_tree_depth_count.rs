#[derive(Debug)]
struct TreeNode {
    val: i32,
    left: Option<Box<TreeNode>>,
    right: Option<Box<TreeNode>>,
}

impl TreeNode {
    fn leaf(val: i32) -> Option<Box<TreeNode>> {
        Some(Box::new(TreeNode { val, left: None, right: None }))
    }
    fn node(val: i32, left: Option<Box<TreeNode>>, right: Option<Box<TreeNode>>) -> Option<Box<TreeNode>> {
        Some(Box::new(TreeNode { val, left, right }))
    }
}

fn depth(t: &Option<Box<TreeNode>>) -> usize {
    match t {
        None => 0,
        Some(n) => 1 + depth(&n.left).max(depth(&n.right)),
    }
}

fn count(t: &Option<Box<TreeNode>>) -> usize {
    t.as_ref().map_or(0, |n| 1 + count(&n.left) + count(&n.right))
}

fn sum(t: &Option<Box<TreeNode>>) -> i32 {
    if let Some(n) = t { n.val + sum(&n.left) + sum(&n.right) } else { 0 }
}

fn double_all(t: &mut Option<Box<TreeNode>>) {
    if let Some(n) = t {
        n.val *= 2;
        double_all(&mut n.left);
        double_all(&mut n.right);
    }
}

fn main() {
    let mut root = TreeNode::node(
        1,
        TreeNode::node(2, TreeNode::leaf(4), None),
        TreeNode::node(3, TreeNode::leaf(5), TreeNode::node(6, None, TreeNode::leaf(7))),
    );
    println!("depth = {}", depth(&root));
    println!("count = {}", count(&root));
    println!("sum = {}", sum(&root));
    double_all(&mut root);
    println!("sum after doubling = {}", sum(&root));
    println!("root val = {}", root.as_ref().unwrap().val);
}
