// Every integer type has a fixed range. Print them side by side.
fn main() {
    println!("i8:    {} ..= {}", i8::MIN, i8::MAX);
    println!("u8:    {} ..= {}", u8::MIN, u8::MAX);
    println!("i16:   {} ..= {}", i16::MIN, i16::MAX);
    println!("u16:   {} ..= {}", u16::MIN, u16::MAX);
    println!("i32:   {} ..= {}", i32::MIN, i32::MAX);
    println!("u32:   {} ..= {}", u32::MIN, u32::MAX);
    println!("i64:   {} ..= {}", i64::MIN, i64::MAX);
    println!("u64:   {} ..= {}", u64::MIN, u64::MAX);
    println!("i128:  {} ..= {}", i128::MIN, i128::MAX);
    println!("u128:  {} ..= {}", u128::MIN, u128::MAX);

    println!("bits in u16: {}", u16::BITS);
    println!("bits in i64: {}", i64::BITS);

    let sizes = [
        ("i8", std::mem::size_of::<i8>()),
        ("i32", std::mem::size_of::<i32>()),
        ("u64", std::mem::size_of::<u64>()),
        ("u128", std::mem::size_of::<u128>()),
        ("f32", std::mem::size_of::<f32>()),
        ("f64", std::mem::size_of::<f64>()),
    ];
    for (name, bytes) in sizes.iter() {
        println!("{:>5} takes {} byte(s)", name, bytes);
    }
}
