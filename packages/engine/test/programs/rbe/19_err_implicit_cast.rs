// Rust performs no implicit conversion between primitive types.
fn main() {
    let decimal = 65.4321_f32;
    let integer: u8 = decimal;
    let character = integer as char;
    println!("Casting: {} -> {} -> {}", decimal, integer, character);
}
