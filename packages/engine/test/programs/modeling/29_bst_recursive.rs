// Recursive BST methods on an enum-free design: Option<Box<TreeNode>> everywhere.
struct TreeNode {
    val: u32,
    left: Option<Box<TreeNode>>,
    right: Option<Box<TreeNode>>,
}

impl TreeNode {
    fn leaf(val: u32) -> Box<TreeNode> {
        Box::new(TreeNode { val, left: None, right: None })
    }
}

fn insert(node: Option<Box<TreeNode>>, val: u32) -> Option<Box<TreeNode>> {
    match node {
        None => Some(TreeNode::leaf(val)),
        Some(mut n) => {
            if val < n.val {
                n.left = insert(n.left.take(), val);
            } else if val > n.val {
                n.right = insert(n.right.take(), val);
            }
            Some(n)
        }
    }
}

fn height(node: &Option<Box<TreeNode>>) -> usize {
    match node {
        None => 0,
        Some(n) => 1 + height(&n.left).max(height(&n.right)),
    }
}

fn min(node: &Option<Box<TreeNode>>) -> Option<u32> {
    let mut n = node.as_ref()?;
    while let Some(l) = &n.left {
        n = l;
    }
    Some(n.val)
}

fn max(node: &Option<Box<TreeNode>>) -> Option<u32> {
    node.as_ref().map(|n| match &n.right {
        Some(_) => max(&n.right).unwrap(),
        None => n.val,
    })
}

fn sum(node: &Option<Box<TreeNode>>) -> u32 {
    node.as_ref().map_or(0, |n| n.val + sum(&n.left) + sum(&n.right))
}

fn count_leaves(node: &Option<Box<TreeNode>>) -> usize {
    match node {
        None => 0,
        Some(n) if n.left.is_none() && n.right.is_none() => 1,
        Some(n) => count_leaves(&n.left) + count_leaves(&n.right),
    }
}

fn main() {
    let mut root = None;
    println!("empty: height={} min={:?} max={:?}", height(&root), min(&root), max(&root));
    for v in [8, 3, 10, 1, 6, 14, 4, 7, 13] {
        root = insert(root, v);
    }
    println!("height = {}", height(&root));
    println!("min = {:?}, max = {:?}", min(&root), max(&root));
    println!("sum = {}, leaves = {}", sum(&root), count_leaves(&root));
    // a degenerate tree: inserting sorted input makes a list
    let mut chain = None;
    for v in 1..=6 {
        chain = insert(chain, v);
    }
    println!("sorted input height = {}", height(&chain));
}
