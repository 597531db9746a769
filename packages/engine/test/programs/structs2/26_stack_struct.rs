#[derive(Debug)]
struct Stack {
    items: Vec<i32>,
    max: usize,
}

impl Stack {
    fn with_capacity(max: usize) -> Stack {
        Stack { items: Vec::new(), max }
    }

    fn push(&mut self, x: i32) -> Result<(), String> {
        if self.items.len() == self.max {
            return Err(format!("stack full, dropping {}", x));
        }
        self.items.push(x);
        Ok(())
    }

    fn pop(&mut self) -> Option<i32> {
        self.items.pop()
    }

    fn peek(&self) -> Option<&i32> {
        self.items.last()
    }
}

fn main() {
    let mut s = Stack::with_capacity(3);
    for x in 1..=4 {
        match s.push(x * 10) {
            Ok(()) => println!("pushed {}", x * 10),
            Err(e) => println!("error: {}", e),
        }
    }
    println!("peek: {:?}", s.peek());
    while let Some(top) = s.pop() {
        println!("popped {}", top);
    }
    println!("{:?}", s);
}
