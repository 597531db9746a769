// A String is a Vec<u8> underneath: watch it grow char by char.
fn main() {
    let mut word = String::new();
    println!("new: len={} cap={}", word.len(), word.capacity());
    for c in "abcdefghijklmnopq".chars() {
        let before = word.capacity();
        word.push(c);
        if word.capacity() != before {
            println!("push '{}': len={} cap={}", c, word.len(), word.capacity());
        }
    }
    println!("final {:?}: len={} cap={}", word, word.len(), word.capacity());
}
