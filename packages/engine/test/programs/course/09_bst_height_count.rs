// Lab 3, exercise 3: height, node count, min and max of a BST.
// A degenerate tree (sorted input) turns into a linked list.

struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

impl Node {
    fn leaf(key: i32) -> Box<Node> {
        Box::new(Node { key, left: None, right: None })
    }
}

fn insert(root: Option<Box<Node>>, key: i32) -> Option<Box<Node>> {
    match root {
        None => Some(Node::leaf(key)),
        Some(mut node) => {
            if key < node.key {
                node.left = insert(node.left.take(), key);
            } else {
                node.right = insert(node.right.take(), key);
            }
            Some(node)
        }
    }
}

fn height(node: &Option<Box<Node>>) -> usize {
    match node {
        None => 0,
        Some(n) => 1 + height(&n.left).max(height(&n.right)),
    }
}

fn count(node: &Option<Box<Node>>) -> usize {
    node.as_ref().map_or(0, |n| 1 + count(&n.left) + count(&n.right))
}

fn min_key(node: &Option<Box<Node>>) -> Option<i32> {
    let mut cur = node.as_ref()?;
    while let Some(left) = cur.left.as_ref() {
        cur = left;
    }
    Some(cur.key)
}

fn build(keys: &[i32]) -> Option<Box<Node>> {
    keys.iter().fold(None, |tree, &k| insert(tree, k))
}

fn main() {
    let balanced = build(&[4, 2, 6, 1, 3, 5, 7]);
    let degenerate = build(&[1, 2, 3, 4, 5, 6, 7]);

    println!("balanced:   count = {}, height = {}", count(&balanced), height(&balanced));
    println!("degenerate: count = {}, height = {}", count(&degenerate), height(&degenerate));
    println!("min balanced = {:?}", min_key(&balanced));
    println!("min degenerate = {:?}", min_key(&degenerate));
    println!("min of empty = {:?}", min_key(&None));
}
