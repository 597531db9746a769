fn main() {
    let mut s = String::new();
    println!("start: len {} cap {}", s.len(), s.capacity());

    let mut last_cap = s.capacity();
    for (i, c) in "abcdefghijklmnopqrstuvwxyz0123456789".chars().enumerate() {
        s.push(c);
        // Only report when the buffer had to grow
        if s.capacity() != last_cap {
            println!("after push #{:>2}: len {:>2} cap {:>2}", i + 1, s.len(), s.capacity());
            last_cap = s.capacity();
        }
    }
    println!("final: {}", s);
}
