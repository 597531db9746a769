use std::collections::BinaryHeap;
#[derive(PartialEq, Eq)]
struct Job(u32);
fn main() {
    let mut heap: BinaryHeap<Job> = BinaryHeap::new();
    heap.push(Job(2));
    println!("{}", heap.len());
}
