#[derive(Debug)]
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn insert(tree: &mut Option<Box<Node>>, key: i32) {
    match tree {
        None => *tree = Some(Box::new(Node { key, left: None, right: None })),
        Some(node) => {
            if key < node.key {
                insert(&mut node.left, key);
            } else if key > node.key {
                insert(&mut node.right, key);
            }
        }
    }
}

fn in_order(tree: &Option<Box<Node>>, out: &mut Vec<i32>) {
    if let Some(node) = tree {
        in_order(&node.left, out);
        out.push(node.key);
        in_order(&node.right, out);
    }
}

fn height(tree: &Option<Box<Node>>) -> usize {
    match tree {
        None => 0,
        Some(n) => 1 + height(&n.left).max(height(&n.right)),
    }
}

fn contains(tree: &Option<Box<Node>>, key: i32) -> bool {
    match tree {
        None => false,
        Some(n) if n.key == key => true,
        Some(n) if key < n.key => contains(&n.left, key),
        Some(n) => contains(&n.right, key),
    }
}

fn main() {
    let mut root = None;
    for k in [50, 30, 70, 20, 40, 60, 80, 30, 65] {
        insert(&mut root, k);
    }
    let mut keys = Vec::new();
    in_order(&root, &mut keys);
    println!("in order: {:?}", keys);
    println!("height: {}", height(&root));
    println!("contains 65? {} contains 66? {}", contains(&root, 65), contains(&root, 66));
}
