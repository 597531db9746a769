#[derive(Debug, Clone)]
struct Task {
    title: String,
    priority: u8,
    done: bool,
}

fn main() {
    let mut tasks = vec![
        Task { title: String::from("write report"), priority: 2, done: false },
        Task { title: String::from("email bob"), priority: 1, done: true },
        Task { title: String::from("fix bug"), priority: 3, done: false },
        Task { title: String::from("lunch"), priority: 1, done: false },
        Task { title: String::from("review"), priority: 2, done: true },
    ];
    tasks.sort_by_key(|t| t.priority);
    for t in &tasks {
        println!("{} {:<14} {}", t.priority, t.title, t.done);
    }
    tasks.sort_by(|a, b| b.priority.cmp(&a.priority).then(a.title.cmp(&b.title)));
    let order: Vec<&str> = tasks.iter().map(|t| t.title.as_str()).collect();
    println!("{:?}", order);
    let min_prio = 2;
    let mut removed = 0;
    tasks.retain(|t| {
        let keep = !t.done && t.priority >= min_prio;
        if !keep {
            removed += 1;
        }
        keep
    });
    println!("removed {}, left {:?}", removed, tasks.iter().map(|t| &t.title).collect::<Vec<_>>());
    let mut nums = vec![5, -3, 8, -1, 0, 7, -9];
    nums.sort_by_key(|n: &i32| n.abs());
    println!("{:?}", nums);
    nums.retain(|&n| n != 0);
    nums.sort_by(|a, b| b.cmp(a));
    println!("{:?}", nums);
    let mut names = vec!["delta", "Alpha", "charlie", "Bravo"];
    names.sort_by_key(|s| s.to_lowercase());
    println!("{:?}", names);
    names.dedup_by_key(|s| s.len());
    println!("{:?}", names);
}
