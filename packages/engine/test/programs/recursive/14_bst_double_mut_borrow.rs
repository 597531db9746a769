// Swap the children of every node (mirror the tree)
struct Node {
    val: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

impl Node {
    fn leaf(val: i32) -> Option<Box<Node>> {
        Some(Box::new(Node { val, left: None, right: None }))
    }

    fn mirror(&mut self) {
        let l = &mut self.left;
        let r = &mut self.left;
        std::mem::swap(l, r);
        if let Some(n) = &mut self.left {
            n.mirror();
        }
        if let Some(n) = &mut self.right {
            n.mirror();
        }
    }
}

fn main() {
    let mut root = Node { val: 1, left: Node::leaf(2), right: Node::leaf(3) };
    root.mirror();
    println!("{}", root.val);
}
