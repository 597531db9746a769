// A ring buffer whose iterator starts at the oldest element.
struct Ring {
    buf: [i32; 4],
    start: usize,
    len: usize,
}

struct RingIter<'a> {
    ring: &'a Ring,
    i: usize,
}

impl Ring {
    fn push(&mut self, v: i32) {
        let cap = self.buf.len();
        if self.len < cap {
            self.buf[(self.start + self.len) % cap] = v;
            self.len += 1;
        } else {
            self.buf[self.start] = v;
            self.start = (self.start + 1) % cap;
        }
    }

    fn iter(&self) -> RingIter<'_> {
        RingIter { ring: self, i: 0 }
    }
}

impl<'a> Iterator for RingIter<'a> {
    type Item = &'a i32;
    fn next(&mut self) -> Option<&'a i32> {
        if self.i == self.ring.len {
            return None;
        }
        let idx = (self.ring.start + self.i) % self.ring.buf.len();
        self.i += 1;
        Some(&self.ring.buf[idx])
    }
}

fn main() {
    let mut r = Ring { buf: [0; 4], start: 0, len: 0 };
    for v in 1..=6 {
        r.push(v * 10);
        let snapshot: Vec<&i32> = r.iter().collect();
        println!("after push {}: {:?}", v * 10, snapshot);
    }
    let max = r.iter().max().unwrap();
    println!("max = {}", max);
}
