use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Task {
    priority: u8,
    name: String,
}

fn main() {
    let mut todo = BinaryHeap::new();
    todo.push(Task { priority: 2, name: "write report".into() });
    todo.push(Task { priority: 5, name: "fix prod bug".into() });
    todo.push(Task { priority: 1, name: "water plants".into() });
    todo.push(Task { priority: 3, name: "review PR".into() });

    while let Some(Task { priority, name }) = todo.pop() {
        println!("[{}] {}", priority, name);
    }
}
