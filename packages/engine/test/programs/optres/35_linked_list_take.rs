#[derive(Debug)]
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
    len: usize,
}

impl Stack {
    fn new() -> Self { Stack { head: None, len: 0 } }

    fn push(&mut self, value: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value, next: old }));
        self.len += 1;
    }

    fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.value
        })
    }

    fn peek(&self) -> Option<&i32> {
        self.head.as_ref().map(|node| &node.value)
    }

    fn peek_mut(&mut self) -> Option<&mut i32> {
        self.head.as_mut().map(|node| &mut node.value)
    }
}

fn main() {
    let mut s = Stack::new();
    for v in [1, 2, 3] {
        s.push(v);
    }
    println!("peek = {:?}, len = {}", s.peek(), s.len);
    if let Some(top) = s.peek_mut() {
        *top *= 100;
    }
    while let Some(v) = s.pop() {
        println!("pop {}", v);
    }
    println!("empty pop = {:?}, len = {}", s.pop(), s.len);
}
