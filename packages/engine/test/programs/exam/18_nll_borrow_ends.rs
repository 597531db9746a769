// Does this compile? Yes: the shared borrow is last used before the push.
fn main() {
    let mut scores = vec![70, 85, 92];
    let best = scores.iter().max().unwrap();
    println!("best so far: {}", best);
    scores.push(100);
    let top = &scores[scores.len() - 1];
    println!("new top: {}", top);
    let total: i32 = scores.iter().sum();
    println!("total = {}", total);
}
