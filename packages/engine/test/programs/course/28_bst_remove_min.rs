// Lab 8, exercise 4: pop the smallest key out of a BST.
// The minimum has no left child, so we replace it with its right subtree.

struct Node {
    key: u8,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn insert(slot: &mut Option<Box<Node>>, key: u8) {
    if let Some(node) = slot {
        let side = if key < node.key { &mut node.left } else { &mut node.right };
        insert(side, key);
    } else {
        *slot = Some(Box::new(Node { key, left: None, right: None }));
    }
}

fn remove_min(slot: &mut Option<Box<Node>>) -> Option<u8> {
    if slot.as_ref()?.left.is_some() {
        return remove_min(&mut slot.as_mut().unwrap().left);
    }
    let node = slot.take()?;
    let Node { key, right, .. } = *node;
    *slot = right;
    Some(key)
}

fn keys(slot: &Option<Box<Node>>, out: &mut Vec<u8>) {
    if let Some(n) = slot {
        keys(&n.left, out);
        out.push(n.key);
        keys(&n.right, out);
    }
}

fn main() {
    let mut root = None;
    for k in [40, 20, 60, 10, 30, 50, 70, 25] {
        insert(&mut root, k);
    }

    let mut order = Vec::new();
    while let Some(k) = remove_min(&mut root) {
        let mut rest = Vec::new();
        keys(&root, &mut rest);
        println!("removed {:>2}, remaining {:?}", k, rest);
        order.push(k);
    }
    println!("removal order = {:?}", order);
    println!("tree empty: {}", root.is_none());
}
