// String::from and to_string allocate exactly the length.
fn main() {
    let a = String::from("ferris");
    let b = "crab".to_string();
    let c = "lobster".to_owned();
    let d: String = "shrimp".into();
    for (label, s) in [("from", &a), ("to_string", &b), ("to_owned", &c), ("into", &d)] {
        println!("{:<10} {:<8} len={} cap={}", label, s, s.len(), s.capacity());
    }
    let mut e = a.clone();
    e.push('!');
    println!("pushed onto clone: len={} cap={}", e.len(), e.capacity());
}
