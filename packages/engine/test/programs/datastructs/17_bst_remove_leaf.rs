#[derive(Debug)]
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn insert(root: &mut Option<Box<Node>>, key: i32) {
    if let Some(node) = root {
        if key < node.key {
            insert(&mut node.left, key);
        } else {
            insert(&mut node.right, key);
        }
    } else {
        *root = Some(Box::new(Node { key, left: None, right: None }));
    }
}

/// Removes `key` only if it is a leaf. Returns whether a node was removed.
fn remove_leaf(root: &mut Option<Box<Node>>, key: i32) -> bool {
    let is_target_leaf = match root {
        None => return false,
        Some(node) => node.key == key && node.left.is_none() && node.right.is_none(),
    };
    if is_target_leaf {
        *root = None;
        return true;
    }
    let node = root.as_mut().unwrap();
    if key < node.key {
        remove_leaf(&mut node.left, key)
    } else {
        remove_leaf(&mut node.right, key)
    }
}

fn in_order(root: &Option<Box<Node>>, acc: &mut Vec<i32>) {
    if let Some(n) = root {
        in_order(&n.left, acc);
        acc.push(n.key);
        in_order(&n.right, acc);
    }
}

fn show(root: &Option<Box<Node>>) -> Vec<i32> {
    let mut v = Vec::new();
    in_order(root, &mut v);
    v
}

fn main() {
    let mut root = None;
    for k in [15, 10, 20, 8, 12, 25] {
        insert(&mut root, k);
    }
    println!("tree: {:?}", show(&root));
    println!("remove 12 (leaf): {}", remove_leaf(&mut root, 12));
    println!("remove 10 (inner): {}", remove_leaf(&mut root, 10));
    println!("remove 8 (leaf): {}", remove_leaf(&mut root, 8));
    println!("remove 10 (now leaf): {}", remove_leaf(&mut root, 10));
    println!("tree: {:?}", show(&root));
}
