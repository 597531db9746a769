fn main() {
    println!("i8:  {} .. {}", i8::MIN, i8::MAX);
    println!("u8:  {} .. {}", u8::MIN, u8::MAX);
    println!("i16: {} .. {}", i16::MIN, i16::MAX);
    println!("u16: {} .. {}", u16::MIN, u16::MAX);
    println!("i32: {} .. {}", i32::MIN, i32::MAX);
    println!("u32: {} .. {}", u32::MIN, u32::MAX);
    println!("i64: {} .. {}", i64::MIN, i64::MAX);
    println!("u64: {} .. {}", u64::MIN, u64::MAX);

    let big: u64 = 1_000_000_000_000;
    let hex = 0xff;
    let octal = 0o77;
    let binary = 0b1111_0000;
    let byte = b'A';
    println!("{} {} {} {} {}", big, hex, octal, binary, byte);
    println!("bits in usize: {}", usize::BITS);
}
