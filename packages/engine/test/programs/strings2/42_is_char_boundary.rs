// A safe "first n bytes" helper that never cuts a character in half.
fn truncate_bytes(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn first_n_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn main() {
    let s = "Grüße";
    for i in 0..=s.len() {
        print!("{}:{} ", i, s.is_char_boundary(i));
    }
    println!();
    for max in [2, 3, 4, 5, 10] {
        println!("truncate_bytes({}) = {:?}", max, truncate_bytes(s, max));
    }
    println!("{:?}", first_n_chars("Привет мир", 6));
    println!("{:?}", first_n_chars("ok", 6));
    println!("{:?}", s.get(0..3));
    println!("{:?}", s.get(0..4));
}
