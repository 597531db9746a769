use std::collections::BinaryHeap;

// Mistake: BinaryHeap requires Ord, so f64 cannot be pushed.
fn main() {
    let mut best_times = BinaryHeap::new();
    best_times.push(9.58);
    best_times.push(9.69);
    best_times.push(9.72);
    println!("{:?}", best_times.pop());
}
