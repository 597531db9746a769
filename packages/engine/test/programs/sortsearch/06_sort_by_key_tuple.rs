// A tuple key sorts by the first element, then the second.
#[derive(Debug)]
struct Task {
    priority: u8,
    title: &'static str,
}

fn main() {
    let mut todo = vec![
        Task { priority: 2, title: "write tests" },
        Task { priority: 1, title: "fix bug" },
        Task { priority: 2, title: "refactor" },
        Task { priority: 1, title: "deploy" },
    ];
    todo.sort_by_key(|t| (t.priority, t.title));
    for t in &todo {
        println!("[{}] {}", t.priority, t.title);
    }
}
