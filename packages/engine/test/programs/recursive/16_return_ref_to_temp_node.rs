// Return the smallest node of a tree, or a default node if it is empty
struct Node {
    val: i32,
    left: Option<Box<Node>>,
}

fn min_node(link: &Option<Box<Node>>) -> &Node {
    match link {
        Some(n) => match &n.left {
            Some(_) => min_node(&n.left),
            None => n,
        },
        None => &Node { val: i32::MAX, left: None }.clone_default(),
    }
}

impl Node {
    fn clone_default(&self) -> Node {
        Node { val: self.val, left: None }
    }
}

fn main() {
    let t = Some(Box::new(Node { val: 5, left: Some(Box::new(Node { val: 2, left: None })) }));
    println!("{}", min_node(&t).val);
}
