// A tiny RPN calculator on a linked-list stack; popping an empty stack panics.
struct Stack {
    head: Option<Box<Frame>>,
}

struct Frame {
    value: i64,
    below: Option<Box<Frame>>,
}

impl Stack {
    fn new() -> Stack {
        Stack { head: None }
    }
    fn push(&mut self, value: i64) {
        self.head = Some(Box::new(Frame { value, below: self.head.take() }));
    }
    fn pop(&mut self) -> i64 {
        let frame = self.head.take().expect("stack underflow");
        self.head = frame.below;
        frame.value
    }
}

fn rpn(program: &str) -> i64 {
    let mut stack = Stack::new();
    for token in program.split_whitespace() {
        match token {
            "+" | "-" | "*" => {
                let b = stack.pop();
                let a = stack.pop();
                stack.push(match token {
                    "+" => a + b,
                    "-" => a - b,
                    _ => a * b,
                });
            }
            n => stack.push(n.parse().unwrap()),
        }
    }
    stack.pop()
}

fn main() {
    println!("3 4 + 2 * = {}", rpn("3 4 + 2 *"));
    println!("5 1 2 + 4 * + 3 - = {}", rpn("5 1 2 + 4 * + 3 -"));
    println!("1 + = {}", rpn("1 +"));
}
