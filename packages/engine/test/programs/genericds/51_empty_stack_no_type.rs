// Create a stack and check that it starts out empty.
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }

    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

fn main() {
    let undo_history = Stack::new();
    println!("nothing to undo? {}", undo_history.is_empty());
}
