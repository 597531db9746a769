use std::sync::Arc;

// Mistake: push needs &mut Vec, but Arc only derefs to &Vec.
fn main() {
    let queue = Arc::new(vec![1, 2]);
    let other = Arc::clone(&queue);

    queue.push(3);

    println!("{:?} {}", other, Arc::strong_count(&queue));
}
