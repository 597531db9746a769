struct Node {
    elem: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
}

impl Stack {
    fn push(&mut self, elem: i32) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { elem, next }));
    }

    fn pop(&mut self) -> Option<i32> {
        match self.head {
            None => None,
            Some(node) => {
                self.head = node.next;
                Some(node.elem)
            }
        }
    }
}

fn main() {
    let mut s = Stack { head: None };
    s.push(1);
    s.push(2);
    println!("{:?}", s.pop());
}
