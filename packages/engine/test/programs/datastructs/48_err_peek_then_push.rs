struct Node {
    elem: String,
    next: Option<Box<Node>>,
}

struct List {
    head: Option<Box<Node>>,
}

impl List {
    fn push(&mut self, elem: String) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { elem, next }));
    }

    fn peek(&self) -> Option<&String> {
        self.head.as_ref().map(|n| &n.elem)
    }
}

fn main() {
    let mut todo = List { head: None };
    todo.push("write report".to_string());
    let top = todo.peek();
    todo.push("call mum".to_string());
    println!("top was {:?}", top);
}
