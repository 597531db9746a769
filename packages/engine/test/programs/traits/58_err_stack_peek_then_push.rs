// Student mistake: holding a reference from a generic Stack's peek() while pushing (E0502)
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn push(&mut self, x: T) {
        self.items.push(x);
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
}

fn main() {
    let mut s = Stack { items: vec![String::from("base")] };
    let top = s.peek().unwrap();
    s.push(format!("{}-child", top));
    println!("{}", top);
    println!("{}", s.items.len());
}
