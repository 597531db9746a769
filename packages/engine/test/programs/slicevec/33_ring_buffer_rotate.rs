// A tiny fixed-size ring buffer backed by an array.
struct Ring {
    data: [i32; 4],
    start: usize,
    len: usize,
}

impl Ring {
    fn new() -> Self {
        Ring { data: [0; 4], start: 0, len: 0 }
    }

    fn push(&mut self, value: i32) {
        let cap = self.data.len();
        let idx = (self.start + self.len) % cap;
        self.data[idx] = value;
        if self.len < cap {
            self.len += 1;
        } else {
            self.start = (self.start + 1) % cap;
        }
    }

    // Copy out in logical order by rotating a copy.
    fn to_vec(&self) -> Vec<i32> {
        let mut copy = self.data;
        copy.rotate_left(self.start);
        copy[..self.len].to_vec()
    }
}

fn main() {
    let mut ring = Ring::new();
    for v in 1..=3 {
        ring.push(v);
    }
    println!("{:?}", ring.to_vec());
    for v in 4..=7 {
        ring.push(v);
        println!("after push {}: {:?}", v, ring.to_vec());
    }
    println!("raw storage: {:?}, start {}", ring.data, ring.start);
}
