// chunks_mut gives disjoint mutable windows into one buffer.
fn main() {
    let mut pixels = vec![0u8; 12];
    for (row, chunk) in pixels.chunks_mut(4).enumerate() {
        for (col, px) in chunk.iter_mut().enumerate() {
            *px = (row * 10 + col) as u8;
        }
    }
    println!("{:?}", pixels);

    for pair in pixels.chunks_exact_mut(2) {
        pair.swap(0, 1);
    }
    println!("{:?}", pixels);

    let mut rows: Vec<&mut [u8]> = pixels.chunks_mut(4).collect();
    rows[1][0] = 99;
    rows[2].reverse();
    println!("{:?}", pixels);
}
