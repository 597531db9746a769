fn main() {
    let a = 'A';
    println!("'{}' = U+{:04X} = {}", a, a as u32, a as u32);

    for code in [0x41, 0xE9, 0x416, 0x1F980, 0xD800, 0x110000] {
        match char::from_u32(code) {
            Some(c) => println!("{:#x} -> {}", code, c),
            None => println!("{:#x} -> not a valid char", code),
        }
    }

    let alphabet: String = (b'a'..=b'e').map(|b| b as char).collect();
    println!("{}", alphabet);

    let shifted: String = "HAL".chars().map(|c| char::from_u32(c as u32 + 1).unwrap()).collect();
    println!("HAL -> {}", shifted);

    println!("{}", ('a' as u8 + 2) as char);
}
