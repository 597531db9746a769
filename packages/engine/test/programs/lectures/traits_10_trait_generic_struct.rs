// Generic structs with conditionally implemented methods.
use std::fmt::Display;

struct Pair<T> {
    x: T,
    y: T,
}

impl<T> Pair<T> {
    fn new(x: T, y: T) -> Self {
        Self { x, y }
    }

    fn swap(self) -> Pair<T> {
        Pair { x: self.y, y: self.x }
    }
}

impl<T: Display + PartialOrd> Pair<T> {
    fn cmp_display(&self) {
        if self.x >= self.y {
            println!("The largest member is x = {}", self.x);
        } else {
            println!("The largest member is y = {}", self.y);
        }
    }
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T: Clone + std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) {
        self.items.push(t);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn snapshot(&self) -> Vec<T> {
        self.items.clone()
    }
}

fn main() {
    let p = Pair::new(3, 9);
    p.cmp_display();
    let q = p.swap();
    q.cmp_display();
    let words = Pair::new(String::from("pear"), String::from("apple"));
    words.cmp_display();

    let mut st: Stack<&str> = Stack::new();
    st.push("a");
    st.push("b");
    st.push("c");
    println!("peek {:?}", st.peek());
    println!("pop {:?}", st.pop());
    println!("snapshot {:?}", st.snapshot());
}
