// Lab 1, exercise 1: a stack built on top of Vec.
// After every push we print len and capacity so you can see when Vec grows.

struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, value: i32) {
        self.items.push(value);
        println!(
            "push {:>3} -> len = {}, capacity = {}",
            value,
            self.items.len(),
            self.items.capacity()
        );
    }

    fn pop(&mut self) -> Option<i32> {
        self.items.pop()
    }

    fn peek(&self) -> Option<&i32> {
        self.items.last()
    }

    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

fn main() {
    let mut stack = Stack::new();
    println!("empty stack: capacity = {}", stack.items.capacity());

    for i in 1..=9 {
        stack.push(i * 10);
    }

    println!("top is {:?}", stack.peek());

    let mut popped = Vec::new();
    while let Some(v) = stack.pop() {
        popped.push(v);
        if popped.len() == 5 {
            break;
        }
    }
    println!("popped {:?}", popped);
    // Popping never shrinks the buffer.
    println!("after pops: len = {}, capacity = {}", stack.items.len(), stack.items.capacity());
    println!("empty? {}", stack.is_empty());
}
