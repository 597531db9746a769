// A generic stack backed by a Vec.
#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, item: T) {
        self.items.push(item);
    }

    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }

    fn peek(&self) -> Option<&T> {
        self.items.last()
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

fn main() {
    let mut plates: Stack<String> = Stack::new();
    plates.push(String::from("blue plate"));
    plates.push(String::from("red plate"));
    plates.push(String::from("green plate"));

    println!("top: {:?}, size: {}", plates.peek(), plates.len());

    while let Some(p) = plates.pop() {
        println!("took {}", p);
    }
    println!("empty now? {}", plates.is_empty());

    let mut numbers = Stack::new();
    numbers.push(1);
    numbers.push(2);
    println!("{:?}", numbers);
}
