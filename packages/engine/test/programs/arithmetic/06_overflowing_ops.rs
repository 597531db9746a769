// overflowing_* gives back the wrapped result AND a flag.

fn add_with_carry(a: u8, b: u8) -> (u8, bool) {
    a.overflowing_add(b)
}

fn main() {
    let pairs = [(100u8, 100u8), (200, 100), (255, 1), (0, 0)];
    for (a, b) in pairs {
        let (sum, carry) = add_with_carry(a, b);
        println!("{:>3} + {:>3} = {:>3} carry={}", a, b, sum, carry);
    }

    let (r, o) = 5u32.overflowing_sub(6);
    println!("5 - 6 as u32 -> ({}, {})", r, o);

    let (r, o) = i32::MAX.overflowing_mul(2);
    println!("i32::MAX * 2 -> ({}, {})", r, o);

    // Add two 16-bit numbers stored as (high, low) byte pairs.
    let x: (u8, u8) = (0x12, 0xF0);
    let y: (u8, u8) = (0x01, 0x20);
    let (lo, carry) = x.1.overflowing_add(y.1);
    let hi = x.0 + y.0 + carry as u8;
    println!("0x{:02X}{:02X}", hi, lo);
}
