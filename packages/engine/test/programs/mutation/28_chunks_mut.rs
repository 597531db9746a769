fn main() {
    // pixels as RGB triples
    let mut pixels: Vec<u8> = vec![200, 100, 50, 10, 20, 30, 255, 255, 255];

    for px in pixels.chunks_mut(3) {
        // invert each channel
        for c in px.iter_mut() {
            *c = 255 - *c;
        }
    }
    println!("{:?}", pixels);

    for (i, row) in pixels.chunks_mut(3).enumerate() {
        row[0] = i as u8;
    }
    println!("{:?}", pixels);
}
