// A priority queue of tasks: len counts what is waiting.
use std::collections::BinaryHeap;

fn main() {
    let mut tasks = BinaryHeap::new();
    for priority in [3, 9, 1, 7, 5] {
        tasks.push(priority);
        println!("pushed {} -> len={}", priority, tasks.len());
    }
    println!("peek = {:?}", tasks.peek());
    while let Some(top) = tasks.pop() {
        println!("run priority {} (left: {})", top, tasks.len());
    }
    let built: BinaryHeap<i32> = vec![4, 2, 8].into();
    println!("from vec: len={} max={:?}", built.len(), built.peek());
}
