// Derived ordering compares fields top to bottom.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Priority {
    Low,
    Medium,
    High,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Task {
    priority: Priority,
    id: u32,
}

fn main() {
    let mut tasks = vec![
        Task { priority: Priority::Medium, id: 3 },
        Task { priority: Priority::High, id: 1 },
        Task { priority: Priority::Low, id: 2 },
        Task { priority: Priority::High, id: 0 },
    ];
    tasks.sort();
    for t in &tasks {
        println!("{:?}", t);
    }
    println!("High > Low? {}", Priority::High > Priority::Low);
    println!("max = {:?}", tasks.iter().max().unwrap());
}
