use std::collections::BinaryHeap;

// BinaryHeap is a max-heap: pop always gives the largest remaining item.
fn main() {
    let mut heap = BinaryHeap::new();
    heap.push(4);
    heap.push(17);
    heap.push(9);
    heap.push(1);
    println!("peek: {:?}", heap.peek());
    while let Some(top) = heap.pop() {
        print!("{} ", top);
    }
    println!();
    let sorted = BinaryHeap::from(vec![5, 2, 8, 3]).into_sorted_vec();
    println!("{:?}", sorted);
}
