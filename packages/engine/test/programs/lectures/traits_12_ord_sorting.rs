// Deriving and implementing comparison traits to sort custom types.
use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Priority {
    Low,
    Medium,
    High,
}

#[derive(Debug, PartialEq, Eq)]
struct Ticket {
    id: u32,
    priority: Priority,
    title: String,
}

impl Ord for Ticket {
    fn cmp(&self, other: &Self) -> Ordering {
        other.priority.cmp(&self.priority).then(self.id.cmp(&other.id))
    }
}

impl PartialOrd for Ticket {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[derive(Debug, PartialEq, PartialOrd)]
struct Version(u32, u32, u32);

fn main() {
    let mut tickets = vec![
        Ticket { id: 3, priority: Priority::Low, title: "typo".into() },
        Ticket { id: 1, priority: Priority::High, title: "crash".into() },
        Ticket { id: 4, priority: Priority::Medium, title: "slow".into() },
        Ticket { id: 2, priority: Priority::High, title: "data loss".into() },
    ];
    tickets.sort();
    for t in &tickets {
        println!("#{} {:?} {}", t.id, t.priority, t.title);
    }
    println!("High > Low: {}", Priority::High > Priority::Low);
    println!("max priority: {:?}", tickets.iter().map(|t| t.priority).max());

    let a = Version(1, 2, 3);
    let b = Version(1, 10, 0);
    println!("{:?} < {:?}: {}", a, b, a < b);
    println!("cmp: {:?}", a.partial_cmp(&b));
    println!("equal tickets: {}", tickets[0] == tickets[0]);
    println!("min of 3 and 7: {}", std::cmp::min(3, 7));
}
