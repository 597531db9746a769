use std::cmp::Reverse;
use std::collections::BinaryHeap;

// A tiny scheduler: lowest deadline first, using Reverse on a tuple.
fn main() {
    let mut queue = BinaryHeap::new();
    queue.push(Reverse((30, "email")));
    queue.push(Reverse((5, "standup")));
    queue.push(Reverse((15, "review")));
    queue.push(Reverse((5, "coffee")));
    while let Some(Reverse((deadline, job))) = queue.pop() {
        println!("t={:>2} {}", deadline, job);
    }
}
