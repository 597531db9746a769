fn main() {
    let text = "Grüße";

    println!("len() in bytes: {}", text.len());
    println!("chars().count(): {}", text.chars().count());

    print!("chars:");
    for c in text.chars() {
        print!(" {}", c);
    }
    println!();

    print!("bytes:");
    for b in text.bytes() {
        print!(" {}", b);
    }
    println!();

    for c in text.chars() {
        println!("'{}' is U+{:04X} and takes {} byte(s)", c, c as u32, c.len_utf8());
    }

    let ascii = "Rust";
    let sum: u32 = ascii.bytes().map(|b| b as u32).sum();
    println!("sum of bytes in {:?} = {}", ascii, sum);
}
