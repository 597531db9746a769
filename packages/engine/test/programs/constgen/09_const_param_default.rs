// Const parameters may have a default value.
struct Buffer<const CAP: usize = 4> {
    bytes: [u8; CAP],
    used: usize,
}

impl<const CAP: usize> Buffer<CAP> {
    fn new() -> Self {
        Buffer { bytes: [0; CAP], used: 0 }
    }

    fn write(&mut self, data: &[u8]) -> usize {
        let room = CAP - self.used;
        let n = if data.len() < room { data.len() } else { room };
        self.bytes[self.used..self.used + n].copy_from_slice(&data[..n]);
        self.used += n;
        n
    }

    fn capacity(&self) -> usize {
        CAP
    }
}

fn main() {
    let mut small: Buffer = Buffer::new();
    let mut large: Buffer<8> = Buffer::new();
    let msg = b"hello!";
    println!("small wrote {} of {}", small.write(msg), msg.len());
    println!("large wrote {} of {}", large.write(msg), msg.len());
    println!("capacities: {} {}", small.capacity(), large.capacity());
    println!("small contents: {:?}", &small.bytes[..small.used]);
}
