// Lab 5, exercise 3: a fixed-size ring buffer on an array.
// head points at the oldest element; indices wrap with % CAP.

const CAP: usize = 4;

struct Ring {
    buf: [i32; CAP],
    head: usize,
    len: usize,
}

impl Ring {
    fn new() -> Self {
        Ring { buf: [0; CAP], head: 0, len: 0 }
    }

    fn push(&mut self, v: i32) -> Result<(), i32> {
        if self.len == CAP {
            return Err(v);
        }
        let tail = (self.head + self.len) % CAP;
        self.buf[tail] = v;
        self.len += 1;
        Ok(())
    }

    fn pop(&mut self) -> Option<i32> {
        if self.len == 0 {
            return None;
        }
        let v = self.buf[self.head];
        self.head = (self.head + 1) % CAP;
        self.len -= 1;
        Some(v)
    }

    fn show(&self) {
        let items: Vec<i32> = (0..self.len).map(|i| self.buf[(self.head + i) % CAP]).collect();
        println!("head = {}, len = {}, items = {:?}, raw = {:?}", self.head, self.len, items, self.buf);
    }
}

fn main() {
    let mut ring = Ring::new();
    for v in 1..=5 {
        match ring.push(v) {
            Ok(()) => println!("pushed {}", v),
            Err(v) => println!("full, rejected {}", v),
        }
    }
    ring.show();

    println!("pop {:?}", ring.pop());
    println!("pop {:?}", ring.pop());
    ring.push(6).unwrap();
    ring.push(7).unwrap();
    ring.show();

    while let Some(v) = ring.pop() {
        print!("{} ", v);
    }
    println!();
    ring.show();
}
