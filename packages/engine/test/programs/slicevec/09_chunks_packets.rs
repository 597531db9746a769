// chunks splits into pieces; the last one may be shorter.
// chunks_exact skips the leftover and exposes it with remainder().
fn main() {
    let payload: Vec<u8> = (1..=10).collect();

    for (i, chunk) in payload.chunks(4).enumerate() {
        println!("packet {}: {:?}", i, chunk);
    }

    let mut exact = payload.chunks_exact(3);
    for chunk in &mut exact {
        let sum: u32 = chunk.iter().map(|&b| b as u32).sum();
        println!("triple {:?} sum {}", chunk, sum);
    }
    println!("leftover: {:?}", exact.remainder());

    // Turning a flat list into rows of a table.
    let cells = ["id", "name", "1", "Ada", "2", "Linus"];
    for row in cells.chunks(2) {
        println!("{:<4}|{}", row[0], row[1]);
    }

    // chunks_mut to modify each block in place.
    let mut pixels = [0u8; 6];
    for (i, px) in pixels.chunks_mut(2).enumerate() {
        px.fill(i as u8 * 10);
    }
    println!("pixels: {:?}", pixels);
}
