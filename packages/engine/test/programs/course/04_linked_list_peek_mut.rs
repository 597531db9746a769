// Lab 2, exercise 2: peek and peek_mut.
// as_ref turns &Option<Box<Node>> into Option<&Box<Node>>; as_mut does the same for &mut.

struct Node {
    elem: String,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
}

impl List {
    fn new() -> Self {
        List { head: None }
    }

    fn push(&mut self, elem: &str) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { elem: elem.to_string(), next }));
    }

    fn peek(&self) -> Option<&String> {
        self.head.as_ref().map(|node| &node.elem)
    }

    fn peek_mut(&mut self) -> Option<&mut String> {
        self.head.as_mut().map(|node| &mut node.elem)
    }

    fn pop(&mut self) -> Option<String> {
        self.head.take().map(|node| {
            self.head = node.next;
            node.elem
        })
    }
}

fn main() {
    let mut list = List::new();
    println!("peek empty: {:?}", list.peek());
    println!("peek_mut empty: {:?}", list.peek_mut());

    list.push("alpha");
    list.push("beta");
    println!("peek: {:?}", list.peek());

    if let Some(top) = list.peek_mut() {
        top.push_str("-edited");
    }
    println!("peek after edit: {:?}", list.peek());

    list.peek_mut().map(|s| s.make_ascii_uppercase());
    println!("peek after map: {:?}", list.peek());

    while let Some(s) = list.pop() {
        println!("popped {}", s);
    }
}
