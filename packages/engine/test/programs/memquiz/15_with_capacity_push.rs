fn main() {
    let mut scores: Vec<u64> = Vec::with_capacity(3);
    println!("start: len={} capacity={}", scores.len(), scores.capacity());

    scores.push(90);
    scores.push(85);
    scores.push(77);
    println!("full:  len={} capacity={}", scores.len(), scores.capacity());

    scores.push(60);
    println!("grown: len={} capacity={}", scores.len(), scores.capacity());

    scores.shrink_to_fit();
    println!("shrunk: len={} capacity={}", scores.len(), scores.capacity());
}
