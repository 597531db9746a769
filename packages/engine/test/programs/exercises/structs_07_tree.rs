#[derive(Debug)]
struct Tree {
    root: Option<Box<TreeNode>>,
}

#[derive(Debug)]
struct TreeNode {
    key: i32,
    left: Option<Box<TreeNode>>,
    right: Option<Box<TreeNode>>,
}

impl TreeNode {
    fn new(key: i32) -> Self {
        TreeNode { key, left: None, right: None }
    }
}

fn insert(node: &mut Option<Box<TreeNode>>, key: i32) -> bool {
    match node {
        None => {
            *node = Some(Box::new(TreeNode::new(key)));
            true
        }
        Some(n) if key < n.key => insert(&mut n.left, key),
        Some(n) if key > n.key => insert(&mut n.right, key),
        Some(_) => false,
    }
}

fn inorder(node: &Option<Box<TreeNode>>, out: &mut Vec<i32>) {
    if let Some(n) = node {
        inorder(&n.left, out);
        out.push(n.key);
        inorder(&n.right, out);
    }
}

fn height(node: &Option<Box<TreeNode>>) -> usize {
    match node {
        None => 0,
        Some(n) => 1 + height(&n.left).max(height(&n.right)),
    }
}

fn contains(node: &Option<Box<TreeNode>>, key: i32) -> bool {
    match node {
        None => false,
        Some(n) => n.key == key || contains(if key < n.key { &n.left } else { &n.right }, key),
    }
}

fn main() {
    let mut t = Tree { root: None };
    for k in [50, 30, 70, 20, 40, 60, 80, 30, 65] {
        let added = insert(&mut t.root, k);
        if !added {
            println!("duplicate {}", k);
        }
    }
    let mut keys = Vec::new();
    inorder(&t.root, &mut keys);
    println!("{:?}", keys);
    println!("height {}", height(&t.root));
    println!("{} {}", contains(&t.root, 65), contains(&t.root, 66));
}
