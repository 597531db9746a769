// Lab 10, exercise 3: a circular queue that doubles when full.
// When we grow, elements are copied so that the front is at index 0 again.

struct CircularQueue {
    buf: Vec<Option<u32>>,
    front: usize,
    len: usize,
}

impl CircularQueue {
    fn new() -> Self {
        CircularQueue { buf: vec![None; 2], front: 0, len: 0 }
    }

    fn grow(&mut self) {
        let old_cap = self.buf.len();
        let mut bigger = vec![None; old_cap * 2];
        for i in 0..self.len {
            bigger[i] = self.buf[(self.front + i) % old_cap].take();
        }
        self.buf = bigger;
        self.front = 0;
        println!("  grew {} -> {}", old_cap, self.buf.len());
    }

    fn push_back(&mut self, v: u32) {
        if self.len == self.buf.len() {
            self.grow();
        }
        let idx = (self.front + self.len) % self.buf.len();
        self.buf[idx] = Some(v);
        self.len += 1;
        println!("push {} -> len {}, capacity {}", v, self.len, self.buf.len());
    }

    fn pop_front(&mut self) -> Option<u32> {
        if self.len == 0 {
            return None;
        }
        let v = self.buf[self.front].take();
        self.front = (self.front + 1) % self.buf.len();
        self.len -= 1;
        v
    }
}

fn main() {
    let mut q = CircularQueue::new();
    q.push_back(1);
    q.push_back(2);
    println!("pop {:?}", q.pop_front());
    q.push_back(3); // wraps around to index 0
    println!("raw = {:?}, front = {}", q.buf, q.front);
    q.push_back(4);
    q.push_back(5);
    println!("raw = {:?}, front = {}", q.buf, q.front);

    let mut out = Vec::new();
    while let Some(v) = q.pop_front() {
        out.push(v);
    }
    println!("drained in order: {:?}", out);
}
