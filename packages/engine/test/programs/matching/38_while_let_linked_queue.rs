use std::collections::VecDeque;

#[derive(Debug)]
enum Task {
    Print(String),
    Spawn(u32),
    Stop,
}

fn main() {
    let mut queue: VecDeque<Task> = VecDeque::new();
    queue.push_back(Task::Print("boot".to_string()));
    queue.push_back(Task::Spawn(2));
    queue.push_back(Task::Print("ready".to_string()));

    let mut processed = 0;
    while let Some(task) = queue.pop_front() {
        processed += 1;
        match task {
            Task::Print(msg) => println!("print: {}", msg),
            Task::Spawn(0) => println!("spawn with zero children"),
            Task::Spawn(n) => {
                println!("spawning {} children", n);
                for i in 0..n {
                    queue.push_back(Task::Print(format!("child {}", i)));
                }
                queue.push_back(Task::Stop);
            }
            Task::Stop => {
                println!("stop requested, {} left in queue", queue.len());
                break;
            }
        }
    }
    println!("processed {} tasks", processed);
    println!("remaining: {:?}", queue);
}
