use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    Low,
    Medium,
    High,
    Critical,
}

#[derive(Debug)]
struct Ticket {
    id: u32,
    title: &'static str,
    priority: Priority,
}

fn main() {
    let tickets = vec![
        Ticket { id: 101, title: "typo on homepage", priority: Priority::Low },
        Ticket { id: 102, title: "login fails", priority: Priority::Critical },
        Ticket { id: 103, title: "slow search", priority: Priority::Medium },
        Ticket { id: 104, title: "dark mode", priority: Priority::Low },
        Ticket { id: 105, title: "payment timeout", priority: Priority::High },
        Ticket { id: 106, title: "broken link", priority: Priority::Medium },
    ];

    let mut by_priority: BTreeMap<Priority, Vec<u32>> = BTreeMap::new();
    for t in &tickets {
        by_priority.entry(t.priority).or_default().push(t.id);
    }

    // BTreeMap iterates keys in Ord order: Low < Medium < High < Critical
    for (p, ids) in by_priority.iter().rev() {
        println!("{:<9} {:?}", format!("{:?}", p), ids);
    }

    let urgent: Vec<&str> = tickets
        .iter()
        .filter(|t| t.priority >= Priority::High)
        .map(|t| t.title)
        .collect();
    println!("urgent: {:?}", urgent);
    println!("Low as number: {}", Priority::Low as i32);
    println!("range High..: {:?}", by_priority.range(Priority::High..).map(|(k, _)| *k).collect::<Vec<_>>());
}
