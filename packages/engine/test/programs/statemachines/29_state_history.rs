// Keeping every visited state in a Vec and replaying it
#[derive(Debug, Clone, PartialEq)]
enum Ticket {
    Open { title: String },
    Assigned { title: String, to: String },
    Resolved { title: String, note: String },
    Closed,
}

impl Ticket {
    fn advance(&self, who: &str) -> Ticket {
        match self {
            Ticket::Open { title } => Ticket::Assigned { title: title.clone(), to: who.to_string() },
            Ticket::Assigned { title, to } => Ticket::Resolved {
                title: title.clone(),
                note: format!("fixed by {}", to),
            },
            Ticket::Resolved { .. } => Ticket::Closed,
            Ticket::Closed => Ticket::Closed,
        }
    }
}

fn main() {
    let mut history = vec![Ticket::Open { title: String::from("Printer on fire") }];
    for who in ["sam", "lee", "-", "-"] {
        let next = history.last().unwrap().advance(who);
        if Some(&next) == history.last() {
            println!("no change, stopping");
            break;
        }
        history.push(next);
    }
    for (i, t) in history.iter().enumerate() {
        println!("{}: {:?}", i, t);
    }
    // going back in time is just indexing
    let rollback = history[1].clone();
    history.truncate(2);
    println!("rolled back to {:?}, {} states kept", rollback, history.len());
}
