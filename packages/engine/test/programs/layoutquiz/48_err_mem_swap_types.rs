use std::mem;

fn main() {
    let mut small: u8 = 7;
    let mut large: u32 = 70_000;
    // swap needs two places of the same type
    mem::swap(&mut small, &mut large);
    println!("small {} large {}", small, large);
}
