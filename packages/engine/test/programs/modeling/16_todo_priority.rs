// Deriving Ord on an enum gives a natural sort order for priorities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    Low,
    Medium,
    High,
    Urgent,
}

#[derive(Debug)]
struct Todo {
    text: &'static str,
    priority: Priority,
    done: bool,
}

fn todo(text: &'static str, priority: Priority) -> Todo {
    Todo { text, priority, done: false }
}

fn main() {
    let mut todos = vec![
        todo("water plants", Priority::Low),
        todo("submit tax return", Priority::Urgent),
        todo("book dentist", Priority::Medium),
        todo("renew passport", Priority::High),
        todo("sort photos", Priority::Low),
        todo("pay rent", Priority::Urgent),
    ];

    todos[1].done = true;
    todos[4].done = true;

    // highest priority first, then alphabetically
    todos.sort_by(|a, b| b.priority.cmp(&a.priority).then(a.text.cmp(b.text)));

    for t in &todos {
        let check = if t.done { "done" } else { "open" };
        println!("{:<8?} {:<18} {}", t.priority, t.text, check);
    }

    let most_pressing = todos.iter().filter(|t| !t.done).max_by_key(|t| t.priority);
    if let Some(t) = most_pressing {
        println!("next up: {}", t.text);
    }

    let high_or_above = todos.iter().filter(|t| t.priority >= Priority::High).count();
    println!("high or urgent: {}", high_or_above);
    println!("Low < Urgent? {}", Priority::Low < Priority::Urgent);

    let open: Vec<&str> = todos.iter().filter(|t| !t.done).map(|t| t.text).collect();
    println!("open: {}", open.join(" | "));
}
