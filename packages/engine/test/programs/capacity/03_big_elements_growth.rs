// Elements bigger than 1 KiB start with room for just one.
struct Frame {
    pixels: [u8; 2048],
}

fn main() {
    let mut frames: Vec<Frame> = Vec::new();
    for i in 0..5 {
        frames.push(Frame { pixels: [i as u8; 2048] });
        println!("frames: len={} cap={}", frames.len(), frames.capacity());
    }
    let total: usize = frames.iter().map(|f| f.pixels[0] as usize).sum();
    println!("sum of first pixels = {}", total);
    println!("size of one Frame = {}", std::mem::size_of::<Frame>());
}
