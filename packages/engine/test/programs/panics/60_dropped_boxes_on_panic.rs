// Boxed values and Strings owned by a struct are dropped during unwinding in reverse order.
struct Node {
    label: String,
    next: Option<Box<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop node {}", self.label);
    }
}

fn depth(n: &Node) -> usize {
    match &n.next {
        Some(b) => 1 + depth(b),
        None => panic!("reached the tail at {}", n.label),
    }
}

fn main() {
    let list = Node {
        label: String::from("a"),
        next: Some(Box::new(Node {
            label: String::from("b"),
            next: Some(Box::new(Node { label: String::from("c"), next: None })),
        })),
    };
    let first = Node { label: String::from("solo"), next: None };
    println!("built {} and {}", list.label, first.label);
    println!("depth = {}", depth(&list));
}
