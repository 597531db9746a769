use std::cmp::Reverse;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone)]
struct Task {
    title: String,
    priority: Priority,
    minutes: u32,
}

fn task(title: &str, priority: Priority, minutes: u32) -> Task {
    Task { title: title.to_string(), priority, minutes }
}

fn main() {
    let mut tasks = vec![
        task("write report", Priority::Medium, 90),
        task("fix bug", Priority::High, 30),
        task("water plants", Priority::Low, 5),
        task("review PR", Priority::High, 45),
        task("reply mail", Priority::Medium, 10),
    ];

    // Highest priority first; within the same priority, shortest first.
    tasks.sort_by_key(|t| (Reverse(t.priority.clone()), t.minutes));
    for t in &tasks {
        println!("{:<14} {:?} {}min", t.title, t.priority, t.minutes);
    }

    // Derived enum order follows declaration order.
    println!("Low < High: {}", Priority::Low < Priority::High);
    let top = tasks.iter().map(|t| &t.priority).max().unwrap();
    println!("max priority: {:?}", top);

    let longest = tasks.iter().max_by_key(|t| t.minutes).unwrap();
    println!("longest: {}", longest.title);
}
