// Lab 3, exercise 2: in-order traversal, recursive and with an explicit stack.
// Both must print the keys in sorted order.

struct Node {
    key: u32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn insert(slot: &mut Option<Box<Node>>, key: u32) {
    match slot {
        None => *slot = Some(Box::new(Node { key, left: None, right: None })),
        Some(node) => {
            if key < node.key {
                insert(&mut node.left, key);
            } else {
                insert(&mut node.right, key);
            }
        }
    }
}

fn in_order_recursive(node: &Option<Box<Node>>, out: &mut Vec<u32>) {
    if let Some(n) = node {
        in_order_recursive(&n.left, out);
        out.push(n.key);
        in_order_recursive(&n.right, out);
    }
}

fn in_order_iterative(root: &Option<Box<Node>>) -> Vec<u32> {
    let mut out = Vec::new();
    let mut stack: Vec<&Node> = Vec::new();
    let mut cur = root.as_deref();
    loop {
        while let Some(n) = cur {
            stack.push(n);
            cur = n.left.as_deref();
        }
        match stack.pop() {
            Some(n) => {
                out.push(n.key);
                cur = n.right.as_deref();
            }
            None => break,
        }
    }
    out
}

fn main() {
    let mut root = None;
    for k in [8, 3, 10, 1, 6, 14, 4, 7, 13] {
        insert(&mut root, k);
    }

    let mut rec = Vec::new();
    in_order_recursive(&root, &mut rec);
    println!("recursive: {:?}", rec);

    let iter = in_order_iterative(&root);
    println!("iterative: {:?}", iter);
    println!("same result: {}", rec == iter);
    println!("sorted: {}", rec.windows(2).all(|w| w[0] <= w[1]));
}
