// Primitives: literals and operators.
fn main() {
    println!("1 + 2 = {}", 1u32 + 2);
    println!("1 - 2 = {}", 1i32 - 2);
    println!("7 / 2 = {}, 7 % 2 = {}", 7 / 2, 7 % 2);
    println!("-7 / 2 = {}, -7 % 2 = {}", -7 / 2, -7 % 2);
    println!("1e4 is {}, -2.5e-3 is {}", 1e4, -2.5e-3);
    println!("7.0 / 2.0 = {}", 7.0 / 2.0);

    println!("true AND false is {}", true && false);
    println!("true OR false is {}", true || false);
    println!("NOT true is {}", !true);

    println!("0011 AND 0101 is {:04b}", 0b0011u32 & 0b0101);
    println!("0011 OR 0101 is {:04b}", 0b0011u32 | 0b0101);
    println!("0011 XOR 0101 is {:04b}", 0b0011u32 ^ 0b0101);
    println!("1 << 5 is {}", 1u32 << 5);
    println!("0x80 >> 2 is 0x{:x}", 0x80u32 >> 2);
    println!("!0u8 is {}", !0u8);

    println!("One million is written as {}", 1_000_000u32);
    println!("hex 0xff = {}, octal 0o17 = {}", 0xff, 0o17);
    println!("byte literal b'A' = {}", b'A');
    println!("char max: {}", char::MAX as u32);
    println!("i8 range: {}..={}", i8::MIN, i8::MAX);
    println!("2^10 = {}", 2i32.pow(10));
    println!("sqrt(2) = {:.4}", 2f64.sqrt());
}
