// A stack whose pop panics on empty, to show the failure mode.
struct Stack<T> {
    elements: Vec<T>,
}

impl<T: std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { elements: Vec::new() }
    }

    fn push(&mut self, x: T) {
        self.elements.push(x);
    }

    fn pop(&mut self) -> T {
        self.elements.pop().expect("pop from empty stack")
    }
}

fn main() {
    let mut s = Stack::new();
    s.push(10);
    s.push(20);
    println!("popped {:?}", s.pop());
    println!("popped {:?}", s.pop());
    println!("popping once more...");
    let x = s.pop();
    println!("never printed {:?}", x);
}
