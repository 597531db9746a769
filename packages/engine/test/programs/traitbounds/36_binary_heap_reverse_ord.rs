use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
struct Job {
    cost: u32,
    name: String,
}

// BinaryHeap is a max-heap; flip the comparison to pop the cheapest job first.
impl Ord for Job {
    fn cmp(&self, other: &Self) -> Ordering {
        other.cost.cmp(&self.cost).then_with(|| self.name.cmp(&other.name))
    }
}

impl PartialOrd for Job {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut queue = BinaryHeap::new();
    for (cost, name) in [(5, "compile"), (1, "lint"), (9, "deploy"), (1, "format"), (3, "test")] {
        queue.push(Job { cost, name: name.to_string() });
    }
    println!("next up: {:?}", queue.peek().map(|j| &j.name));
    let mut elapsed = 0;
    while let Some(job) = queue.pop() {
        elapsed += job.cost;
        println!("{:<8} cost {} (t={})", job.name, job.cost, elapsed);
    }
    let a = Job { cost: 2, name: "a".into() };
    let b = Job { cost: 7, name: "b".into() };
    println!("a > b? {}  max = {}", a > b, std::cmp::max(a, b).name);
}
