// An RGB image as a flat Vec<u8>: every pixel is 3 bytes.
fn grayscale(pixels: &mut [u8]) {
    for px in pixels.chunks_exact_mut(3) {
        let avg = ((px[0] as u16 + px[1] as u16 + px[2] as u16) / 3) as u8;
        px.fill(avg);
    }
}

fn brightest(pixels: &[u8]) -> Option<usize> {
    pixels
        .chunks_exact(3)
        .enumerate()
        .max_by_key(|(_, px)| px.iter().map(|&b| b as u16).sum::<u16>())
        .map(|(i, _)| i)
}

fn main() {
    let mut image: Vec<u8> = vec![
        255, 0, 0, // red
        0, 255, 0, // green
        30, 60, 90, // dusk blue
        200, 200, 200, // light gray
    ];
    println!("pixel count: {}", image.len() / 3);
    println!("brightest pixel: {:?}", brightest(&image));
    grayscale(&mut image);
    for px in image.chunks(3) {
        println!("{:?}", px);
    }

    // Leftover bytes are ignored by chunks_exact_mut.
    let mut broken = vec![10, 20, 30, 40];
    grayscale(&mut broken);
    println!("broken: {:?}", broken);
}
