// Find something inside a loop, then modify it afterwards.
#[derive(Debug)]
struct Task {
    title: String,
    priority: u8,
    done: bool,
}

fn main() {
    let mut tasks = vec![
        Task { title: "write report".to_string(), priority: 2, done: false },
        Task { title: "fix bug #42".to_string(), priority: 5, done: false },
        Task { title: "lunch".to_string(), priority: 1, done: false },
    ];

    loop {
        let mut best: Option<usize> = None;
        for (i, t) in tasks.iter().enumerate() {
            if t.done {
                continue;
            }
            match best {
                Some(b) if tasks[b].priority >= t.priority => {}
                _ => best = Some(i),
            }
        }
        match best {
            Some(i) => {
                let task = &mut tasks[i];
                task.done = true;
                println!("doing '{}' (p{})", task.title, task.priority);
            }
            None => break,
        }
    }

    let all_done = tasks.iter().all(|t| t.done);
    println!("all done: {}", all_done);
}
