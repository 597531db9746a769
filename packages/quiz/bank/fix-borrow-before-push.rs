// kind: fix
// title: Read the first score, then add one
// tags: borrow, nll, vec-realloc
// difficulty: 2
// ---
fn main() {
    let mut scores = vec![7, 9];
    let first = &scores[0];
    scores.push(11);
    println!("first {} of {}", first, scores.len());
}
// === reference ===
fn main() {
    let mut scores = vec![7, 9];
    let first = scores[0];
    scores.push(11);
    println!("first {} of {}", first, scores.len());
}
