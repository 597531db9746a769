struct Task {
    name: String,
    job: Box<dyn FnOnce() -> String>,
}

fn run_task(t: &Task) -> String {
    // Calling a FnOnce consumes it, but we only borrowed the task.
    (t.job)()
}

fn main() {
    let msg = String::from("done");
    let t = Task { name: String::from("finish"), job: Box::new(move || msg) };
    println!("{}: {}", t.name, run_task(&t));
}
