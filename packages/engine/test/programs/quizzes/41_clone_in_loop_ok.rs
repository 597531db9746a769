fn consume(s: String) -> usize {
    s.len()
}
fn main() {
    let s = String::from("abc");
    let mut total = 0;
    for _ in 0..3 {
        total += consume(s.clone());
    }
    println!("{} {}", total, s);
}
