// Byte ranges on a &str must fall on character boundaries.
fn first_byte(s: &str) -> &str {
    &s[0..1]
}

fn main() {
    let words = ["hello", "world", "élan"];
    for w in words {
        println!("{} has {} bytes and {} chars", w, w.len(), w.chars().count());
    }
    for w in words {
        println!("first byte of {} is {}", w, first_byte(w));
    }
}
