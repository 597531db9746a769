#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Priority {
    Low,
    Medium,
    High,
    Critical,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone)]
struct Ticket {
    priority: Priority,
    id: u32,
    title: String,
}

fn main() {
    let mut tickets = vec![
        Ticket { priority: Priority::Medium, id: 4, title: "Typo on login page".into() },
        Ticket { priority: Priority::Critical, id: 9, title: "Database down".into() },
        Ticket { priority: Priority::Low, id: 2, title: "Update favicon".into() },
        Ticket { priority: Priority::Critical, id: 3, title: "Payments failing".into() },
        Ticket { priority: Priority::High, id: 7, title: "Slow search".into() },
    ];

    tickets.sort();
    println!("ascending:");
    for t in &tickets {
        println!("  {:?} #{} {}", t.priority, t.id, t.title);
    }

    tickets.sort_by(|a, b| b.cmp(a));
    println!("most urgent first: #{}", tickets[0].id);

    println!("High > Medium? {}", Priority::High > Priority::Medium);
    println!("max priority: {:?}", tickets.iter().map(|t| t.priority).max().unwrap());
    let urgent = tickets.iter().filter(|t| t.priority >= Priority::High).count();
    println!("urgent tickets: {}", urgent);
}
