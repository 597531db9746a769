fn main() {
    let max_brightness: u8 = 256;
    println!("brightness goes up to {}", max_brightness);
}
