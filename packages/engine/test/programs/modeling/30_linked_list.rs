// Singly linked stack, "Learning Rust With Entirely Too Many Linked Lists" style.
struct Node {
    elem: String,
    next: Option<Box<Node>>,
}

pub struct List {
    head: Option<Box<Node>>,
}

impl List {
    pub fn new() -> Self {
        List { head: None }
    }

    pub fn push(&mut self, elem: &str) {
        let node = Box::new(Node { elem: elem.to_string(), next: self.head.take() });
        self.head = Some(node);
    }

    pub fn pop(&mut self) -> Option<String> {
        self.head.take().map(|node| {
            self.head = node.next;
            node.elem
        })
    }

    pub fn peek(&self) -> Option<&String> {
        self.head.as_ref().map(|node| &node.elem)
    }

    pub fn reverse(&mut self) {
        let mut prev: Option<Box<Node>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }

    pub fn to_vec(&self) -> Vec<&str> {
        let mut out = Vec::new();
        let mut cur = &self.head;
        while let Some(node) = cur {
            out.push(node.elem.as_str());
            cur = &node.next;
        }
        out
    }
}

fn main() {
    let mut list = List::new();
    for city in ["Oslo", "Lima", "Cairo", "Perth"] {
        list.push(city);
    }
    println!("list:     {:?}", list.to_vec());
    println!("peek:     {:?}", list.peek());
    list.reverse();
    println!("reversed: {:?}", list.to_vec());
    println!("pop:      {:?}", list.pop());
    println!("pop:      {:?}", list.pop());
    list.push("Quito");
    println!("now:      {:?}", list.to_vec());
    while let Some(city) = list.pop() {
        println!("drained {}", city);
    }
    println!("empty? {}", list.peek().is_none());
}
