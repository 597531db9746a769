// kind: compiles
// title: Pushing while holding a reference
// tags: borrow, vec-realloc
// difficulty: 2
// ---
fn main() {
    let mut scores = vec![10, 20, 30];
    let first = &scores[0];
    scores.push(40);
    println!("first = {}", first);
}
