// Non-lexical lifetimes: a shared borrow ends at its last use,
// so the vector can be mutated afterwards in the same scope.
fn main() {
    let mut scores = vec![72, 85, 91];
    let first = &scores[0];
    println!("first score: {}", first); // last use of `first`

    scores.push(64); // fine: `first` is no longer live
    scores[0] += 10;
    println!("scores now: {:?}", scores);

    let total: i32 = scores.iter().sum();
    let best = scores.iter().max().unwrap();
    println!("total = {}, best = {}", total, best);
    scores.clear();
    println!("after clear: {} items", scores.len());
}
