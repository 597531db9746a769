// Slicing in the middle of a multi-byte character panics at run time.
fn first_n_bytes(s: &str, n: usize) -> &str {
    &s[..n]
}

fn main() {
    let word = "naïve";
    println!("word has {} bytes", word.len());
    println!("first 2 bytes: {}", first_n_bytes(word, 2));
    println!("first 4 bytes: {}", first_n_bytes(word, 4));
    // 'ï' occupies bytes 2..4, so byte 3 is not a char boundary
    println!("first 3 bytes: {}", first_n_bytes(word, 3));
    println!("never printed");
}
