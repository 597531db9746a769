fn main() {
    let mut scores = vec![88, 92, 75];
    let first = &scores[0];
    scores.push(100);
    println!("first score: {}", first);
}
