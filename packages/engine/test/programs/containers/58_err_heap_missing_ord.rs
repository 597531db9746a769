use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
struct Job {
    priority: u32,
    name: &'static str,
}

fn main() {
    let mut heap = BinaryHeap::new();
    heap.push(Job { priority: 2, name: "backup" });
    heap.push(Job { priority: 9, name: "deploy" });
    if let Some(job) = heap.pop() {
        println!("next: {:?}", job);
    }
}
