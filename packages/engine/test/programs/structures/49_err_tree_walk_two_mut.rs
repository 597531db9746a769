// Student mistake: holding a &mut into the tree while taking another &mut for the walk.
#[derive(Debug)]
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn leaf(key: i32) -> Option<Box<Node>> {
    Some(Box::new(Node { key, left: None, right: None }))
}

fn main() {
    let mut root = Node { key: 10, left: leaf(5), right: leaf(15) };
    let left = &mut root.left;
    let whole = &mut root;
    whole.key += 1;
    if let Some(n) = left {
        n.key += 1;
    }
    println!("{:?}", root);
}
