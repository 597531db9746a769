// A singly linked stack of i32, in the style of "Learning Rust With Entirely Too Many Linked Lists".
struct Node {
    elem: i32,
    next: Link,
}

type Link = Option<Box<Node>>;

pub struct List {
    head: Link,
}

impl List {
    pub fn new() -> Self {
        List { head: None }
    }

    pub fn push(&mut self, elem: i32) {
        let new_node = Box::new(Node {
            elem,
            next: self.head.take(),
        });
        self.head = Some(new_node);
    }

    pub fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|node| {
            self.head = node.next;
            node.elem
        })
    }

    pub fn peek(&self) -> Option<&i32> {
        self.head.as_ref().map(|node| &node.elem)
    }
}

fn main() {
    let mut list = List::new();
    println!("empty pop: {:?}", list.pop());

    list.push(1);
    list.push(2);
    list.push(3);
    println!("peek: {:?}", list.peek());

    println!("pop: {:?}", list.pop());
    println!("pop: {:?}", list.pop());

    list.push(4);
    list.push(5);
    println!("peek: {:?}", list.peek());

    while let Some(x) = list.pop() {
        println!("draining {}", x);
    }
    println!("final peek: {:?}", list.peek());
}
