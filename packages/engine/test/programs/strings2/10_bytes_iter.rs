// Looking at the raw UTF-8 bytes of a string.
fn main() {
    let word = "né";
    for b in word.bytes() {
        print!("{} ", b);
    }
    println!();

    for b in "Zü".bytes() {
        print!("{:02x} ", b);
    }
    println!();

    let bytes: &[u8] = "abc".as_bytes();
    println!("{:?}", bytes);

    let sum: u32 = "ABC".bytes().map(|b| b as u32).sum();
    println!("sum of bytes of ABC = {}", sum);

    let uppercase_count = "Hello World".bytes().filter(|b| b.is_ascii_uppercase()).count();
    println!("uppercase ASCII bytes: {}", uppercase_count);

    let emoji = "🙂";
    let v: Vec<u8> = emoji.bytes().collect();
    println!("{} -> {:?}", emoji, v);
}
