use std::cmp::Reverse;
use std::collections::BinaryHeap;

// Keep the k largest values using a min-heap of size k.
fn top_k(nums: &[i32], k: usize) -> Vec<i32> {
    let mut heap = BinaryHeap::new();
    for &n in nums {
        heap.push(Reverse(n));
        if heap.len() > k {
            heap.pop();
        }
    }
    let mut result: Vec<i32> = heap.into_iter().map(|Reverse(n)| n).collect();
    result.sort_by(|a, b| b.cmp(a));
    result
}

fn main() {
    let data = [15, 3, 99, 42, 8, 77, 42, 1];
    println!("top 3: {:?}", top_k(&data, 3));
    println!("top 1: {:?}", top_k(&data, 1));
}
