// Insert into a BST: taking the child out of a &mut Box
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn insert(node: &mut Box<Node>, key: i32) {
    if key < node.key {
        match node.left {
            Some(child) => {
                let mut child = child;
                insert(&mut child, key);
            }
            None => node.left = Some(Box::new(Node { key, left: None, right: None })),
        }
    } else {
        match &mut node.right {
            Some(child) => insert(child, key),
            None => node.right = Some(Box::new(Node { key, left: None, right: None })),
        }
    }
}

fn main() {
    let mut root = Box::new(Node { key: 10, left: None, right: None });
    insert(&mut root, 5);
    insert(&mut root, 15);
    println!("root = {}", root.key);
}
