// Lab 2 checkpoint: add the top value to itself using peek_mut.

struct Node {
    elem: i32,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
}

impl List {
    fn push(&mut self, elem: i32) {
        self.head = Some(Box::new(Node { elem, next: self.head.take() }));
    }

    fn peek_mut(&mut self) -> Option<&mut i32> {
        self.head.as_mut().map(|node| &mut node.elem)
    }

    fn peek(&self) -> Option<&i32> {
        self.head.as_ref().map(|node| &node.elem)
    }
}

fn main() {
    let mut list = List { head: None };
    list.push(1);
    list.push(21);

    let target = list.peek_mut();
    let source = list.peek_mut();
    if let (Some(t), Some(s)) = (target, source) {
        *t += *s;
    }
    println!("top = {:?}", list.peek());
}
