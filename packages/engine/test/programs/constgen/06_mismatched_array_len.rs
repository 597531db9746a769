// The length of an array is part of its type.
fn print_rgb(color: [u8; 3]) {
    println!("r={} g={} b={}", color[0], color[1], color[2]);
}

fn main() {
    let red = [255, 0, 0];
    print_rgb(red);

    // Mistake: this one has an alpha channel.
    let translucent = [0, 128, 255, 100];
    print_rgb(translucent);
}
