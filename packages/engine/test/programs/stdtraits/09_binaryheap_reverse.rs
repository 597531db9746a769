use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Job {
    priority: u8,
    name: String,
}

fn main() {
    // A max-heap: highest priority comes out first.
    let mut jobs = BinaryHeap::new();
    jobs.push(Job { priority: 2, name: "send emails".to_string() });
    jobs.push(Job { priority: 9, name: "fix prod outage".to_string() });
    jobs.push(Job { priority: 5, name: "review PR".to_string() });
    jobs.push(Job { priority: 5, name: "deploy".to_string() });

    println!("peek: {:?}", jobs.peek().map(|j| &j.name));
    while let Some(job) = jobs.pop() {
        println!("[{}] {}", job.priority, job.name);
    }

    // Wrapping in Reverse turns it into a min-heap.
    let mut deadlines = BinaryHeap::new();
    for (day, task) in [(14, "essay"), (3, "quiz"), (21, "project"), (7, "lab report")] {
        deadlines.push(Reverse((day, task)));
    }
    println!("{} deadlines", deadlines.len());
    while let Some(Reverse((day, task))) = deadlines.pop() {
        println!("day {:>2}: {}", day, task);
    }
}
