// Insert as a method on Node
struct Node {
    val: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

impl Node {
    fn new(val: i32) -> Self {
        Node { val, left: None, right: None }
    }

    fn insert(&mut self, val: i32) {
        if val < self.val {
            if let Some(mut left) = self.left {
                left.insert(val);
            } else {
                self.left = Some(Box::new(Node::new(val)));
            }
        } else {
            match &mut self.right {
                Some(right) => right.insert(val),
                None => self.right = Some(Box::new(Node::new(val))),
            }
        }
    }
}

fn main() {
    let mut root = Node::new(10);
    root.insert(4);
    root.insert(12);
    println!("{}", root.val);
}
