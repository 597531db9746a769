// Manual Ord for a priority queue entry, used with BinaryHeap
use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
struct Task {
    priority: u32,
    name: String,
}

impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority
            .cmp(&other.priority)
            .then_with(|| other.name.cmp(&self.name))
    }
}

impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn task(p: u32, n: &str) -> Task {
    Task { priority: p, name: n.to_string() }
}

fn main() {
    let mut heap = BinaryHeap::new();
    heap.push(task(2, "write report"));
    heap.push(task(5, "fix bug"));
    heap.push(task(1, "lunch"));
    heap.push(task(5, "deploy"));
    heap.push(task(3, "review"));
    println!("peek: {:?}", heap.peek().map(|t| &t.name));
    while let Some(t) = heap.pop() {
        println!("{} {}", t.priority, t.name);
    }
    let mut mins = BinaryHeap::new();
    for x in [7, 3, 9, 1] {
        mins.push(std::cmp::Reverse(x));
    }
    let order: Vec<i32> = std::iter::from_fn(|| mins.pop().map(|r| r.0)).collect();
    println!("{:?}", order);
    println!("{:?}", task(1, "a").cmp(&task(1, "b")));
}
