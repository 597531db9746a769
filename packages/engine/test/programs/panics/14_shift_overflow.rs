// Shifting by the bit width or more panics in debug.
fn mask(bits: u32) -> u32 {
    1u32 << bits
}

fn main() {
    let widths = vec![0u32, 4, 31, 32];
    for w in widths {
        println!("1 << {} = {}", w, mask(w));
    }
}
