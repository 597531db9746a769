// Lab 1 checkpoint: a reset method for the ring buffer.

const CAP: usize = 4;

struct Ring {
    buf: [u8; CAP],
    head: usize,
    len: usize,
}

impl Ring {
    fn push(&mut self, v: u8) {
        let idx = (self.head + self.len) % CAP;
        self.buf[idx] = v;
        if self.len < CAP {
            self.len += 1;
        } else {
            self.head = (self.head + 1) % CAP;
        }
    }

    // Forget everything; the bytes themselves can stay.
    fn reset(&self) {
        self.len = 0;
    }
}

fn main() {
    let mut ring = Ring { buf: [0; CAP], head: 0, len: 0 };
    for v in 1..=6 {
        ring.push(v);
    }
    println!("len = {}, head = {}, buf = {:?}", ring.len, ring.head, ring.buf);
    ring.reset();
    println!("len after reset = {}", ring.len);
}
