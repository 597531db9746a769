// Lab 2, exercise 1: a singly linked stack over Option<Box<Node>>.
// Option::take lets us move the head out while leaving None behind.

struct Node {
    elem: i32,
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

    fn push(&mut self, elem: i32) {
        let new_node = Box::new(Node { elem, next: self.head.take() });
        self.head = Some(new_node);
        self.len += 1;
        println!("pushed {} (len {})", elem, self.len);
    }

    fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.elem
        })
    }
}

fn main() {
    let mut list = List::new();
    println!("pop on empty: {:?}", list.pop());

    list.push(1);
    list.push(2);
    list.push(3);

    println!("pop -> {:?}", list.pop());
    println!("pop -> {:?}", list.pop());

    list.push(4);
    list.push(5);

    println!("pop -> {:?}", list.pop());
    println!("pop -> {:?}", list.pop());
    println!("pop -> {:?}", list.pop());
    println!("pop -> {:?}", list.pop());
    println!("final len = {}", list.len);
}
