// Implementing Display for Stack<T> only when T itself is Display.
use std::fmt;

struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, x: T) -> &mut Self {
        self.items.push(x);
        self
    }
    fn peek_mut(&mut self) -> Option<&mut T> {
        self.items.last_mut()
    }
}

impl<T: fmt::Display> fmt::Display for Stack<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[")?;
        for (i, item) in self.items.iter().enumerate() {
            if i > 0 {
                write!(f, " | ")?;
            }
            write!(f, "{}", item)?;
        }
        write!(f, "] <- top")
    }
}

fn main() {
    let mut plates = Stack::new();
    plates.push(1).push(2).push(3);
    println!("{}", plates);

    if let Some(top) = plates.peek_mut() {
        *top *= 10;
    }
    println!("{}", plates);

    let mut words: Stack<String> = Stack::new();
    words.push("undo".into()).push("redo".into());
    if let Some(w) = words.peek_mut() {
        w.push('!');
    }
    println!("{}", words);
}
