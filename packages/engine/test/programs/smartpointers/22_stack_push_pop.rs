// A singly linked stack, in the spirit of "Learning Rust With Entirely Too Many Linked Lists"
pub struct Stack {
    head: Link,
    len: usize,
}

type Link = Option<Box<Node>>;

struct Node {
    elem: i32,
    next: Link,
}

impl Stack {
    pub fn new() -> Self {
        Stack { head: None, len: 0 }
    }

    pub fn push(&mut self, elem: i32) {
        let new_node = Box::new(Node { elem, next: self.head.take() });
        self.head = Some(new_node);
        self.len += 1;
    }

    pub fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.elem
        })
    }

    pub fn peek(&self) -> Option<&i32> {
        self.head.as_ref().map(|node| &node.elem)
    }
}

fn main() {
    let mut s = Stack::new();
    println!("pop empty: {:?}", s.pop());
    s.push(1);
    s.push(2);
    s.push(3);
    println!("len = {}, peek = {:?}", s.len, s.peek());
    println!("pop: {:?}", s.pop());
    println!("pop: {:?}", s.pop());
    s.push(4);
    println!("pop: {:?}", s.pop());
    println!("pop: {:?}", s.pop());
    println!("pop: {:?}", s.pop());
    println!("len = {}", s.len);
}
