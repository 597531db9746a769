// Pre-allocating with String::with_capacity.
fn main() {
    let mut s = String::with_capacity(16);
    println!("len={} cap={}", s.len(), s.capacity());

    s.push_str("Hello");
    println!("len={} cap={}", s.len(), s.capacity());

    s.push_str(", world!");
    println!("len={} cap={}", s.len(), s.capacity());

    // Still within the reserved 16 bytes, so no reallocation yet.
    s.push_str("!!!");
    println!("len={} cap={}", s.len(), s.capacity());

    let empty = String::new();
    println!("new: len={} cap={}", empty.len(), empty.capacity());

    let words = ["alpha", "beta", "gamma"];
    let needed: usize = words.iter().map(|w| w.len()).sum::<usize>() + words.len() - 1;
    let mut joined = String::with_capacity(needed);
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            joined.push(',');
        }
        joined.push_str(w);
    }
    println!("{} needed={} len={} cap={}", joined, needed, joined.len(), joined.capacity());

    joined.clear();
    println!("after clear: len={} cap={}", joined.len(), joined.capacity());
}
