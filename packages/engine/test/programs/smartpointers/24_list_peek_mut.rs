struct Node<T> {
    elem: T,
    next: Option<Box<Node<T>>>,
}

struct List<T> {
    head: Option<Box<Node<T>>>,
}

impl<T> List<T> {
    fn new() -> Self {
        List { head: None }
    }

    fn push(&mut self, elem: T) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { elem, next: old }));
    }

    fn pop(&mut self) -> Option<T> {
        self.head.take().map(|n| {
            self.head = n.next;
            n.elem
        })
    }

    fn peek(&self) -> Option<&T> {
        self.head.as_ref().map(|n| &n.elem)
    }

    fn peek_mut(&mut self) -> Option<&mut T> {
        self.head.as_mut().map(|n| &mut n.elem)
    }
}

fn main() {
    let mut list: List<String> = List::new();
    list.push("apple".to_string());
    list.push("banana".to_string());

    if let Some(top) = list.peek_mut() {
        top.push_str(" split");
    }
    println!("peek: {:?}", list.peek());

    list.peek_mut().map(|s| *s = s.to_uppercase());
    println!("peek: {:?}", list.peek());

    while let Some(fruit) = list.pop() {
        println!("popped {}", fruit);
    }
    println!("empty peek: {:?}", list.peek());
}
