mod stack {
    #[derive(Debug)]
    pub struct Stack<T> {
        items: Vec<T>,
    }
    impl<T: std::fmt::Debug> Stack<T> {
        pub fn new() -> Self { Stack { items: Vec::new() } }
        pub fn push(&mut self, t: T) { self.items.push(t); }
        pub fn pop(&mut self) -> Option<T> { self.items.pop() }
        pub fn len(&self) -> usize { self.items.len() }
        pub fn peek(&self) -> Option<&T> { self.items.last() }
    }
}
use stack::Stack;
fn main() {
    let mut s: Stack<String> = Stack::new();
    s.push(String::from("a"));
    s.push(String::from("b"));
    println!("{:?} {}", s.peek(), s.len());
    let top = s.pop();
    println!("{:?} {:?}", top, s);
}
