// Mistake: the compiler can see this addition overflows a u8.

fn main() {
    let level: u8 = 255 + 1;
    println!("level = {}", level);
}
