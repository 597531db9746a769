// Lab 3 checkpoint: find the largest key by collecting the keys in order.

struct Node {
    key: u32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn collect(node: &Option<Box<Node>>, out: &mut Vec<u32>) {
    if let Some(n) = node {
        collect(&n.left, out);
        out.push(n.key);
        collect(&n.right, out);
    }
}

fn largest(root: &Option<Box<Node>>) -> Option<&u32> {
    let mut keys = Vec::new();
    collect(root, &mut keys);
    keys.last()
}

fn main() {
    let root = Some(Box::new(Node {
        key: 10,
        left: Some(Box::new(Node { key: 4, left: None, right: None })),
        right: Some(Box::new(Node { key: 15, left: None, right: None })),
    }));
    println!("largest = {:?}", largest(&root));
    println!("largest of empty = {:?}", largest(&None));
}
