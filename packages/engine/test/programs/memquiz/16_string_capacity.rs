fn main() {
    let mut s = String::new();
    println!("{:?}: len={} cap={}", s, s.len(), s.capacity());

    s.push_str("hi");
    println!("{:?}: len={} cap={}", s, s.len(), s.capacity());

    s.push_str(", there");
    println!("{:?}: len={} cap={}", s, s.len(), s.capacity());

    s.push_str("! How are you?");
    println!("{:?}: len={} cap={}", s, s.len(), s.capacity());
}
