#[derive(Debug)]
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

impl Node {
    fn new(key: i32) -> Self {
        Node { key, left: None, right: None }
    }
}

fn insert(root: &mut Option<Box<Node>>, key: i32) {
    match root {
        None => *root = Some(Box::new(Node::new(key))),
        Some(node) => {
            if key < node.key {
                insert(&mut node.left, key);
            } else if key > node.key {
                insert(&mut node.right, key);
            }
        }
    }
}

fn in_order(root: &Option<Box<Node>>, out: &mut Vec<i32>) {
    if let Some(node) = root {
        in_order(&node.left, out);
        out.push(node.key);
        in_order(&node.right, out);
    }
}

fn contains(root: &Option<Box<Node>>, key: i32) -> bool {
    match root {
        None => false,
        Some(n) if n.key == key => true,
        Some(n) if key < n.key => contains(&n.left, key),
        Some(n) => contains(&n.right, key),
    }
}

fn main() {
    let mut tree: Option<Box<Node>> = None;
    for k in [50, 30, 70, 20, 40, 60, 80, 30] {
        insert(&mut tree, k);
    }
    let mut keys = Vec::new();
    in_order(&tree, &mut keys);
    println!("in order: {:?}", keys);
    println!("contains 60? {}", contains(&tree, 60));
    println!("contains 65? {}", contains(&tree, 65));
}
