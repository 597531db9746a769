// Quiz: two methods with the same name in one impl block.
struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn push(&mut self, x: i32) {
        self.items.push(x);
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    // Meant to be `push_twice`.
    fn push(&mut self, x: i32, y: i32) {
        self.items.push(x);
        self.items.push(y);
    }
}

fn main() {
    let mut s = Stack { items: Vec::new() };
    s.push(1);
    println!("{}", s.len());
}
