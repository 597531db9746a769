// Student mistake: returning the bare value where Option<&T> is expected.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
}

impl Stack {
    fn peek(&self) -> Option<&i32> {
        match &self.head {
            Some(node) => &node.value,
            None => None,
        }
    }
}

fn main() {
    let s = Stack { head: Some(Box::new(Node { value: 3, next: None })) };
    println!("{:?}", s.peek());
    println!("{}", s.head.as_ref().map_or(0, |n| n.next.as_ref().map_or(0, |m| m.value)));
}
