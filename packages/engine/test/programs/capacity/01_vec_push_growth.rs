// Watch a Vec's capacity grow as we push small integers.
fn main() {
    let mut scores: Vec<i32> = Vec::new();
    println!("start: len={} cap={}", scores.len(), scores.capacity());
    let mut last_cap = scores.capacity();
    for i in 0..20 {
        scores.push(i * 10);
        if scores.capacity() != last_cap {
            println!("after push #{}: len={} cap={}", i + 1, scores.len(), scores.capacity());
            last_cap = scores.capacity();
        }
    }
    println!("final: len={} cap={}", scores.len(), scores.capacity());
}
