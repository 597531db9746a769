// 2^64 overflows u64
fn pow2(exp: u32) -> u64 {
    if exp == 0 {
        1
    } else {
        2 * pow2(exp - 1)
    }
}

fn main() {
    println!("2^10 = {}", pow2(10));
    println!("2^63 = {}", pow2(63));
    println!("2^64 = {}", pow2(64));
}
