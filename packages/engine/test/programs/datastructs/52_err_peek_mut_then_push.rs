struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    top: Option<Box<Node>>,
}

impl Stack {
    fn push(&mut self, value: i32) {
        let next = self.top.take();
        self.top = Some(Box::new(Node { value, next }));
    }

    fn peek_mut(&mut self) -> Option<&mut i32> {
        self.top.as_mut().map(|n| &mut n.value)
    }
}

fn main() {
    let mut stack = Stack { top: None };
    stack.push(10);
    let top = stack.peek_mut().unwrap();
    stack.push(20);
    *top += 1;
    println!("{}", stack.top.unwrap().value);
}
