struct Buffer(u32);

impl Drop for Buffer {
    fn drop(&mut self) {
        println!("free buffer {}", self.0);
    }
}

fn main() {
    let mut a = Buffer(1);
    let b = a;
    println!("moved {} into b", b.0);
    a = Buffer(2);
    println!("a re-initialised to {}", a.0);
    a = Buffer(3);
    println!("a overwritten with {}", a.0);
}
