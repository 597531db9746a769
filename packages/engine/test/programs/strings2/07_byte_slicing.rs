// Slicing takes BYTE ranges. Cyrillic letters are 2 bytes each in UTF-8.
fn main() {
    let hello = "Здравствуйте";
    println!("{} has {} bytes and {} chars", hello, hello.len(), hello.chars().count());

    let first_two = &hello[0..4];
    println!("first two letters: {}", first_two);

    let word = String::from("naïve café");
    println!("{}", &word[0..2]);
    println!("{}", &word[0..4]); // 'ï' is 2 bytes: n a ï = 4 bytes
    println!("{}", &word[6..]);

    let german = "über";
    println!("{} -> {}", german, &german[2..]);
}
