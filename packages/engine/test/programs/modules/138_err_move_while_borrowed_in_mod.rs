mod tasks {
    #[derive(Debug)]
    pub struct Task {
        pub title: String,
        pub done: bool,
    }

    pub fn complete(mut task: Task, archive: &mut Vec<Task>) {
        task.done = true;
        let title = &task.title;
        archive.push(task);
        println!("completed '{}'", title);
    }
}

fn main() {
    let mut todo = vec![
        tasks::Task { title: "write report".into(), done: false },
        tasks::Task { title: "email Sam".into(), done: false },
    ];
    let mut done = Vec::new();
    let first = todo.remove(0);
    tasks::complete(first, &mut done);
    println!("todo: {:?}", todo);
    println!("done: {:?}", done);
}
