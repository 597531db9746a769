// Lab 3 checkpoint: add one to every key in the tree.

struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn bump_all(node: &Node) {
    node.key += 1;
    if let Some(l) = &node.left {
        bump_all(l);
    }
    if let Some(r) = &node.right {
        bump_all(r);
    }
}

fn main() {
    let root = Node {
        key: 5,
        left: Some(Box::new(Node { key: 3, left: None, right: None })),
        right: None,
    };
    bump_all(&root);
    println!("root = {}", root.key);
    println!("left = {}", root.left.as_ref().unwrap().key);
}
