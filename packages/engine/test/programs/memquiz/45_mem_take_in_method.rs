use std::mem;

#[derive(Debug)]
struct Batch {
    pending: Vec<u32>,
    flushed: u32,
}

impl Batch {
    fn flush(&mut self) -> Vec<u32> {
        self.flushed += 1;
        mem::take(&mut self.pending)
    }
}

fn main() {
    let mut b = Batch { pending: vec![10, 20, 30], flushed: 0 };
    let out = b.flush();
    println!("flushed {:?}", out);
    println!("pending len={} cap={}", b.pending.len(), b.pending.capacity());
    b.pending.push(40);
    let out2 = b.flush();
    println!("flushed {:?}", out2);
    println!("{:?}", b);
}
