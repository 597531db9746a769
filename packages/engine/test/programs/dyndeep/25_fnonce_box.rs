// Box<dyn FnOnce> can be called exactly once.
struct Task {
    name: String,
    job: Box<dyn FnOnce() -> String>,
}

fn main() {
    let data = vec![3, 1, 2];
    let greeting = String::from("hi");
    let tasks = vec![
        Task {
            name: String::from("sort"),
            job: Box::new(move || {
                let mut d = data;
                d.sort();
                format!("{:?}", d)
            }),
        },
        Task { name: String::from("greet"), job: Box::new(move || greeting + " there") },
    ];
    for t in tasks {
        let result = (t.job)();
        println!("{} -> {}", t.name, result);
    }
}
