// Round-robin scheduling with a VecDeque.
use std::collections::VecDeque;

#[derive(Debug)]
struct Task {
    name: &'static str,
    remaining: u32,
}

fn main() {
    let mut queue: VecDeque<Task> = VecDeque::new();
    queue.push_back(Task { name: "compile", remaining: 5 });
    queue.push_back(Task { name: "test", remaining: 3 });
    queue.push_back(Task { name: "lint", remaining: 1 });
    queue.push_front(Task { name: "urgent", remaining: 2 });

    let quantum = 2;
    let mut clock = 0;
    while let Some(mut task) = queue.pop_front() {
        let run = task.remaining.min(quantum);
        clock += run;
        task.remaining -= run;
        if task.remaining == 0 {
            println!("t={:>2} {} finished", clock, task.name);
        } else {
            println!("t={:>2} {} paused ({} left)", clock, task.name, task.remaining);
            queue.push_back(task);
        }
    }

    let mut window: VecDeque<i32> = VecDeque::with_capacity(3);
    for x in [4, 8, 15, 16, 23, 42] {
        if window.len() == 3 {
            window.pop_front();
        }
        window.push_back(x);
        let s: i32 = window.iter().sum();
        println!("window {:?} sum {}", window, s);
    }
    window.rotate_left(1);
    println!("rotated: {:?}, front {:?}, back {:?}", window, window.front(), window.back());
}
