#[derive(Debug)]
struct Task {
    title: String,
    done: bool,
}

fn main() {
    let tasks = vec![
        Task { title: "write report".to_string(), done: true },
        Task { title: "review PR".to_string(), done: false },
        Task { title: "book flights".to_string(), done: false },
    ];

    let open_count = tasks.filter(|t| !t.done).count();
    println!("{} open tasks", open_count);
    for t in &tasks {
        println!("[{}] {}", if t.done { "x" } else { " " }, t.title);
    }
}
