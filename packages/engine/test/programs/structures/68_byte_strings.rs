fn main() {
    let greeting = b"Hi\n\x41\xff";
    println!("{:?} {}", greeting, greeting.len());
    let s: &[u8] = b"abc";
    for &b in s { print!("{} ", b); }
    println!();
    let shifted: Vec<u8> = b"xyz".iter().map(|&c| (c - b'a' + 1) % 26 + b'a').collect();
    println!("{}", shifted.iter().map(|&b| b as char).collect::<String>());
    println!("{}", b"abc" == &[97, 98, 99]);
}
