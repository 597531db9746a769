// Week project: a task scheduler with recurring tasks. Rescheduling while iterating fails.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Task {
    due: Reverse<u32>,
    name: String,
    repeat_every: Option<u32>,
}

struct Scheduler {
    now: u32,
    pending: Vec<Task>,
    done: Vec<(u32, String)>,
}

impl Scheduler {
    fn add(&mut self, name: &str, due: u32, repeat_every: Option<u32>) {
        self.pending.push(Task { due: Reverse(due), name: name.to_string(), repeat_every });
    }

    // Recurring tasks get their next occurrence added to the list.
    fn plan_repeats(&mut self, horizon: u32) {
        for task in &self.pending {
            if let Some(every) = task.repeat_every {
                let next = task.due.0 + every;
                if next <= horizon {
                    self.pending.push(Task {
                        due: Reverse(next),
                        name: task.name.clone(),
                        repeat_every: None,
                    });
                }
            }
        }
    }

    fn run_until(&mut self, end: u32) {
        let mut heap: BinaryHeap<Task> = self.pending.drain(..).collect();
        while let Some(task) = heap.peek() {
            if task.due.0 > end {
                break;
            }
            let task = heap.pop().unwrap();
            self.now = task.due.0;
            self.done.push((self.now, task.name));
        }
        self.pending = heap.into_vec();
        self.pending.sort();
    }
}

fn main() {
    let mut s = Scheduler { now: 0, pending: Vec::new(), done: Vec::new() };
    s.add("water plants", 2, Some(3));
    s.add("pay rent", 5, None);
    s.add("backup", 1, Some(4));
    s.add("dentist", 9, None);
    s.add("standup", 3, Some(1));

    s.plan_repeats(8);
    println!("{} tasks planned", s.pending.len());

    s.run_until(6);
    for (t, name) in &s.done {
        println!("t={} {}", t, name);
    }
    println!("now = {}", s.now);
    let left: Vec<(u32, &str)> = s.pending.iter().map(|t| (t.due.0, t.name.as_str())).collect();
    println!("still pending: {:?}", left);

    let busiest = s
        .done
        .iter()
        .fold(std::collections::BTreeMap::new(), |mut m, (t, _)| {
            *m.entry(*t).or_insert(0) += 1;
            m
        });
    println!("tasks per tick: {:?}", busiest);
}
