use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
struct Task {
    priority: u8, // 1 = most urgent
    deadline: u32,
    name: &'static str,
}

// Order: lower priority number first, then earlier deadline, then name.
impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority
            .cmp(&other.priority)
            .then(self.deadline.cmp(&other.deadline))
            .then_with(|| self.name.cmp(other.name))
    }
}

impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

struct Scheduler {
    queue: BinaryHeap<Reverse<Task>>,
    clock: u32,
    late: Vec<&'static str>,
}

impl Scheduler {
    fn new() -> Self {
        Scheduler { queue: BinaryHeap::new(), clock: 0, late: vec![] }
    }

    fn submit(&mut self, name: &'static str, priority: u8, deadline: u32) {
        self.queue.push(Reverse(Task { priority, deadline, name }));
    }

    fn run_next(&mut self, duration: u32) -> Option<&'static str> {
        let Reverse(task) = self.queue.pop()?;
        self.clock += duration;
        let status = if self.clock > task.deadline {
            self.late.push(task.name);
            "LATE"
        } else {
            "ok"
        };
        println!(
            "t={:>2} ran {:<16} (p{} due {:>2}) {}",
            self.clock, task.name, task.priority, task.deadline, status
        );
        Some(task.name)
    }
}

fn main() {
    let mut s = Scheduler::new();
    s.submit("write report", 3, 20);
    s.submit("fix prod outage", 1, 2);
    s.submit("code review", 2, 8);
    s.submit("team lunch", 4, 12);
    s.submit("reply to CEO", 1, 4);
    s.submit("update docs", 3, 15);

    if let Some(Reverse(peek)) = s.queue.peek() {
        println!("next up: {}", peek.name);
    }

    let mut done = Vec::new();
    for _ in 0..3 {
        if let Some(name) = s.run_next(3) {
            done.push(name);
        }
    }
    println!("-- an urgent task arrives --");
    s.submit("security patch", 1, 14);
    while let Some(name) = s.run_next(3) {
        done.push(name);
    }
    println!("order: {}", done.join(" -> "));
    println!("late tasks: {:?}", s.late);

    // A plain max-heap of numbers, and its Reverse twin, for comparison.
    let nums = [5, 1, 8, 3, 9, 2];
    let max_heap: BinaryHeap<i32> = nums.iter().copied().collect();
    let min_heap: BinaryHeap<Reverse<i32>> = nums.iter().map(|&n| Reverse(n)).collect();
    println!("max-heap sorted: {:?}", max_heap.into_sorted_vec());
    let mut mins = Vec::new();
    let mut min_heap = min_heap;
    while let Some(Reverse(n)) = min_heap.pop() {
        mins.push(n);
    }
    println!("min-heap pops:   {:?}", mins);
}
