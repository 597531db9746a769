// Lab 2 checkpoint: peek should return the top value without removing it.

struct Node {
    elem: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
}

impl Stack {
    fn new() -> Self {
        Stack { head: None }
    }

    fn push(&mut self, elem: i32) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { elem, next }));
    }

    // elem is Copy, so returning it by value should be cheap...
    fn peek(&self) -> Option<i32> {
        self.head.map(|node| node.elem)
    }
}

fn main() {
    let mut s = Stack::new();
    s.push(10);
    s.push(20);
    println!("top = {:?}", s.peek());
    s.push(30);
    println!("top = {:?}", s.peek());
}
