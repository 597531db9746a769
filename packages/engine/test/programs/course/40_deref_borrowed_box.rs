// Lab 3 checkpoint: copy the smallest node out of a tree.

#[derive(Debug)]
struct Node {
    key: i32,
    label: String,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn leaf(key: i32, label: &str) -> Option<Box<Node>> {
    Some(Box::new(Node { key, label: label.to_string(), left: None, right: None }))
}

fn leftmost(node: &Box<Node>) -> &Box<Node> {
    match &node.left {
        Some(l) => leftmost(l),
        None => node,
    }
}

// Hand back the smallest node as an owned value.
fn smallest(root: &Box<Node>) -> Node {
    let min = leftmost(root);
    **min
}

fn main() {
    let root = Box::new(Node {
        key: 50,
        label: "root".to_string(),
        left: leaf(20, "twenty"),
        right: leaf(80, "eighty"),
    });
    let s = smallest(&root);
    println!("smallest = {} ({})", s.key, s.label);
    println!("root still has key {}", root.key);
}
