// Exercise: freeing each buffer by calling Drop::drop directly.
struct Buffer(Vec<u8>);

impl Drop for Buffer {
    fn drop(&mut self) {
        println!("free {} bytes", self.0.len());
    }
}

fn main() {
    let mut buffers = vec![Buffer(vec![0; 4]), Buffer(vec![0; 8])];
    for b in buffers.iter_mut() {
        Drop::drop(b);
    }
    println!("all freed?");
}
