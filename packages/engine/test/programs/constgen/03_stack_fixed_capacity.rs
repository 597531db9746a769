// A stack with a capacity fixed at compile time; no heap allocation.
struct Stack<const N: usize> {
    items: [i32; N],
    len: usize,
}

impl<const N: usize> Stack<N> {
    fn new() -> Self {
        Stack { items: [0; N], len: 0 }
    }

    fn push(&mut self, value: i32) -> Result<(), String> {
        if self.len == N {
            return Err(format!("stack full (capacity {})", N));
        }
        self.items[self.len] = value;
        self.len += 1;
        Ok(())
    }

    fn pop(&mut self) -> Option<i32> {
        if self.len == 0 {
            None
        } else {
            self.len -= 1;
            Some(self.items[self.len])
        }
    }
}

fn main() {
    let mut s: Stack<3> = Stack::new();
    for v in 1..=4 {
        match s.push(v * 10) {
            Ok(()) => println!("pushed {}", v * 10),
            Err(e) => println!("error: {}", e),
        }
    }
    while let Some(top) = s.pop() {
        println!("popped {}", top);
    }
}
