#[derive(Debug)]
struct Stack<T> {
    top: Option<Box<StackNode<T>>>,
    size: usize,
}

#[derive(Debug)]
struct StackNode<T> {
    item: T,
    below: Option<Box<StackNode<T>>>,
}

impl<T: std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { top: None, size: 0 }
    }

    fn push(&mut self, item: T) {
        let node = StackNode { item, below: self.top.take() };
        self.top = Some(Box::new(node));
        self.size += 1;
    }

    fn pop(&mut self) -> Option<T> {
        let node = self.top.take()?;
        self.top = node.below;
        self.size -= 1;
        Some(node.item)
    }

    fn peek(&self) -> Option<&T> {
        self.top.as_ref().map(|n| &n.item)
    }

    fn is_empty(&self) -> bool {
        self.top.is_none()
    }
}

fn balanced(s: &str) -> bool {
    let mut stack = Stack::new();
    for c in s.chars() {
        match c {
            '(' | '[' | '{' => stack.push(c),
            ')' | ']' | '}' => {
                let open = match stack.pop() {
                    Some(o) => o,
                    None => return false,
                };
                let ok = matches!((open, c), ('(', ')') | ('[', ']') | ('{', '}'));
                if !ok {
                    return false;
                }
            }
            _ => {}
        }
    }
    stack.is_empty()
}

fn main() {
    let mut s: Stack<&str> = Stack::new();
    s.push("plate 1");
    s.push("plate 2");
    println!("top = {:?}, size = {}", s.peek(), s.size);
    println!("popped {:?}", s.pop());
    println!("top = {:?}, size = {}", s.peek(), s.size);

    for expr in ["(a + b) * [c]", "{[()]}", "(]", "((", "fn main() { println!(\"hi\"); }"] {
        println!("{:<35} balanced: {}", expr, balanced(expr));
    }
}
