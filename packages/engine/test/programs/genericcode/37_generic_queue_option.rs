// A fixed-capacity ring buffer, generic over the element type.
struct RingBuffer<T, const CAP: usize> {
    slots: [Option<T>; CAP],
    head: usize,
    len: usize,
}

impl<T, const CAP: usize> RingBuffer<T, CAP> {
    fn new() -> Self {
        RingBuffer { slots: std::array::from_fn(|_| None), head: 0, len: 0 }
    }

    fn push(&mut self, item: T) -> Result<(), T> {
        if self.len == CAP {
            return Err(item);
        }
        let idx = (self.head + self.len) % CAP;
        self.slots[idx] = Some(item);
        self.len += 1;
        Ok(())
    }

    fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let item = self.slots[self.head].take();
        self.head = (self.head + 1) % CAP;
        self.len -= 1;
        item
    }
}

fn main() {
    let mut rb: RingBuffer<String, 3> = RingBuffer::new();
    for name in ["a", "b", "c", "d"] {
        match rb.push(name.to_string()) {
            Ok(()) => println!("pushed {}", name),
            Err(back) => println!("full, got back {}", back),
        }
    }
    println!("{:?}", rb.pop());
    rb.push("e".to_string()).unwrap();
    while let Some(s) = rb.pop() {
        println!("popped {}", s);
    }
}
