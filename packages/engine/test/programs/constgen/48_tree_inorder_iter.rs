// In-order traversal of a binary search tree with an explicit stack.
struct Node {
    value: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

impl Node {
    fn leaf(value: i32) -> Option<Box<Node>> {
        Some(Box::new(Node { value, left: None, right: None }))
    }
}

struct InOrder<'a> {
    stack: Vec<&'a Node>,
}

impl<'a> InOrder<'a> {
    fn new(root: &'a Node) -> Self {
        let mut it = InOrder { stack: Vec::new() };
        it.push_left(Some(root));
        it
    }

    fn push_left(&mut self, mut node: Option<&'a Node>) {
        while let Some(n) = node {
            self.stack.push(n);
            node = n.left.as_deref();
        }
    }
}

impl<'a> Iterator for InOrder<'a> {
    type Item = &'a i32;
    fn next(&mut self) -> Option<&'a i32> {
        let n = self.stack.pop()?;
        self.push_left(n.right.as_deref());
        Some(&n.value)
    }
}

fn main() {
    let tree = Node {
        value: 8,
        left: Some(Box::new(Node { value: 3, left: Node::leaf(1), right: Node::leaf(6) })),
        right: Some(Box::new(Node { value: 10, left: None, right: Node::leaf(14) })),
    };
    let sorted: Vec<&i32> = InOrder::new(&tree).collect();
    println!("{:?}", sorted);
    let above_five: Vec<i32> = InOrder::new(&tree).filter(|v| **v > 5).copied().collect();
    println!("{:?}", above_five);
}
