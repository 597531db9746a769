#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
    len: usize,
}

impl List {
    fn new() -> Self {
        List { head: None, len: 0 }
    }
    fn push(&mut self, val: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { val, next: old }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.val
        })
    }
    fn peek(&self) -> Option<&i32> { self.head.as_ref().map(|n| &n.val) }
    fn sum(&self) -> i32 {
        let mut cur = &self.head;
        let mut total = 0;
        while let Some(node) = cur {
            total += node.val;
            cur = &node.next;
        }
        total
    }
    fn reverse(&mut self) {
        let mut prev: Option<Box<Node>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }
    fn to_vec(&self) -> Vec<i32> {
        let mut v = Vec::new();
        let mut cur = self.head.as_deref();
        while let Some(n) = cur {
            v.push(n.val);
            cur = n.next.as_deref();
        }
        v
    }
}

fn main() {
    let mut l = List::new();
    for i in 1..=5 {
        l.push(i * i);
    }
    println!("{:?} len {} sum {}", l.to_vec(), l.len, l.sum());
    println!("peek {:?}", l.peek());
    l.reverse();
    println!("reversed {:?}", l.to_vec());
    println!("pop {:?} {:?}", l.pop(), l.pop());
    println!("{:?} len {}", l.to_vec(), l.len);
}
