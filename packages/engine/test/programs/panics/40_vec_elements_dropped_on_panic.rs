// A Vec of droppable values is cleaned up during unwinding.
struct Task {
    name: String,
}

impl Drop for Task {
    fn drop(&mut self) {
        println!("cleanup {}", self.name);
    }
}

fn run(tasks: &[Task], limit: usize) {
    for (i, t) in tasks.iter().enumerate() {
        if i >= limit {
            panic!("limit {} reached at task {}", limit, t.name);
        }
        println!("running {}", t.name);
    }
}

fn main() {
    let tasks = vec![
        Task { name: String::from("build") },
        Task { name: String::from("test") },
        Task { name: String::from("deploy") },
    ];
    run(&tasks, 2);
    println!("all done");
}
