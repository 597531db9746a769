// Bytes get a bigger first allocation than larger elements.
fn main() {
    let mut bytes: Vec<u8> = Vec::new();
    bytes.push(1);
    println!("Vec<u8> after one push: cap={}", bytes.capacity());

    let mut words: Vec<u64> = Vec::new();
    words.push(1);
    println!("Vec<u64> after one push: cap={}", words.capacity());

    let mut flags: Vec<bool> = Vec::new();
    flags.push(true);
    println!("Vec<bool> after one push: cap={}", flags.capacity());

    for b in 2..=9u8 {
        bytes.push(b);
    }
    println!("Vec<u8> with {} items: cap={}", bytes.len(), bytes.capacity());
}
