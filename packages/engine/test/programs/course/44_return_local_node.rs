// Lab 3 checkpoint: return the root node, or a default node for an empty tree.

struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

struct Tree {
    root: Option<Box<Node>>,
}

impl Tree {
    fn root_or_default(&self) -> &Node {
        let fallback = Node { key: 0, left: None, right: None };
        match &self.root {
            Some(node) => node,
            None => &fallback,
        }
    }
}

fn main() {
    let empty = Tree { root: None };
    let full = Tree {
        root: Some(Box::new(Node {
            key: 7,
            left: None,
            right: Some(Box::new(Node { key: 9, left: None, right: None })),
        })),
    };
    println!("empty root key = {}", empty.root_or_default().key);
    let r = full.root_or_default();
    println!("full root key = {}, has right = {}", r.key, r.right.is_some());
    println!("has left = {}", r.left.is_some());
}
