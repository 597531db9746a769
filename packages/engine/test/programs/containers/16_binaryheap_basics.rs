use std::collections::BinaryHeap;
use std::cmp::Reverse;

fn main() {
    let mut heap = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2] {
        heap.push(x);
    }
    println!("peek: {:?}", heap.peek());
    println!("len: {}", heap.len());

    let mut out = Vec::new();
    while let Some(top) = heap.pop() {
        out.push(top);
    }
    println!("max-first: {:?}", out);

    let mut min_heap: BinaryHeap<Reverse<i32>> = vec![5, 1, 8, 3].into_iter().map(Reverse).collect();
    min_heap.push(Reverse(0));
    let Reverse(smallest) = min_heap.pop().unwrap();
    println!("smallest: {}", smallest);
    let sorted: Vec<i32> = min_heap.into_sorted_vec().into_iter().map(|Reverse(x)| x).collect();
    println!("rest via into_sorted_vec: {:?}", sorted);
}
