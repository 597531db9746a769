// Week project: a priority task scheduler using BinaryHeap and Reverse.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    Low,
    Normal,
    High,
    Urgent,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Job {
    // field order matters: derived Ord compares priority first, then the
    // reversed sequence number so that older jobs win ties
    priority: Priority,
    seq: Reverse<u32>,
    name: String,
    cost: u32,
}

struct Scheduler {
    queue: BinaryHeap<Job>,
    next_seq: u32,
    clock: u32,
    finished: Vec<(String, u32)>,
}

impl Scheduler {
    fn new() -> Self {
        Scheduler { queue: BinaryHeap::new(), next_seq: 0, clock: 0, finished: Vec::new() }
    }

    fn submit(&mut self, name: &str, priority: Priority, cost: u32) {
        self.next_seq += 1;
        self.queue.push(Job { priority, seq: Reverse(self.next_seq), name: name.to_string(), cost });
    }

    // Runs one job for at most `slice` units; unfinished jobs are re-queued
    // with a lower priority so that long jobs do not starve the others.
    fn tick(&mut self, slice: u32) -> bool {
        let Some(mut job) = self.queue.pop() else {
            return false;
        };
        let used = job.cost.min(slice);
        self.clock += used;
        job.cost -= used;
        if job.cost == 0 {
            println!("t={:>3} done    {:<10} ({:?})", self.clock, job.name, job.priority);
            self.finished.push((job.name, self.clock));
        } else {
            let demoted = match job.priority {
                Priority::Urgent => Priority::High,
                Priority::High => Priority::Normal,
                _ => Priority::Low,
            };
            println!("t={:>3} paused  {:<10} {} left, now {:?}", self.clock, job.name, job.cost, demoted);
            self.next_seq += 1;
            job.priority = demoted;
            job.seq = Reverse(self.next_seq);
            self.queue.push(job);
        }
        true
    }
}

fn main() {
    let mut s = Scheduler::new();
    s.submit("backup", Priority::Low, 12);
    s.submit("email", Priority::Normal, 3);
    s.submit("deploy", Priority::Urgent, 7);
    s.submit("report", Priority::Normal, 4);
    s.submit("hotfix", Priority::High, 2);

    if let Some(top) = s.queue.peek() {
        println!("first up: {} ({:?})", top.name, top.priority);
    }

    let mut ticks = 0;
    while s.tick(5) {
        ticks += 1;
        if ticks == 3 {
            s.submit("pager", Priority::Urgent, 1);
        }
    }

    println!("{} ticks, clock at {}", ticks, s.clock);
    let mut by_time = s.finished.clone();
    by_time.sort_by_key(|(_, t)| Reverse(*t));
    let order: Vec<&str> = by_time.iter().map(|(n, _)| n.as_str()).collect();
    println!("last to first: {:?}", order);

    // A min-heap of numbers using Reverse.
    let mut mins: BinaryHeap<Reverse<u32>> = [42, 7, 19, 3, 25].into_iter().map(Reverse).collect();
    let mut smallest = Vec::new();
    while let Some(Reverse(x)) = mins.pop() {
        smallest.push(x);
        if smallest.len() == 3 {
            break;
        }
    }
    println!("three smallest: {:?}, {} left", smallest, mins.len());
    let avg_wait: u32 = s.finished.iter().map(|(_, t)| t).sum::<u32>() / s.finished.len() as u32;
    println!("average completion time: {}", avg_wait);
}
