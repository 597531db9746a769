// Mistake: a literal that does not fit the declared type.

fn main() {
    let max_brightness: u8 = 255;
    let boosted_brightness: u8 = 256;
    println!("{} {}", max_brightness, boosted_brightness);
}
