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
        let next = self.head.take();
        self.head = Some(Box::new(Node { elem, next }));
    }
    fn peek(&self) -> Option<&T> {
        self.head.as_ref().map(|node| &node.elem)
    }
    fn peek_mut(&mut self) -> Option<&mut T> {
        self.head.as_mut().map(|node| &mut node.elem)
    }
}

fn main() {
    let mut scores = List::new();
    scores.push(70);
    scores.push(85);

    if let Some(top) = scores.peek_mut() {
        *top += 10;
    }
    println!("after bonus: {:?}", scores.peek());

    scores.peek_mut().map(|value| {
        *value = 42;
    });
    assert_eq!(scores.peek(), Some(&42));
    println!("after overwrite: {:?}", scores.peek());

    let mut names: List<String> = List::new();
    names.push(String::from("ferris"));
    if let Some(n) = names.peek_mut() {
        n.push_str(" the crab");
    }
    println!("{}", names.peek().unwrap());
}
