#[derive(Debug)]
enum Status {
    Open,
    Blocked(String),
    Done,
}

struct Ticket {
    id: u32,
    title: String,
    status: Status,
}

impl Ticket {
    fn block(&mut self, reason: &str) {
        self.status = Status::Blocked(reason.to_string());
    }

    fn blocked_reason(&self) -> String {
        match self.status {
            Status::Blocked(reason) => reason,
            _ => String::from("not blocked"),
        }
    }
}

fn main() {
    let mut tickets = vec![
        Ticket { id: 1, title: "Login page crashes".into(), status: Status::Open },
        Ticket { id: 2, title: "Update README".into(), status: Status::Done },
        Ticket { id: 3, title: "Migrate database".into(), status: Status::Open },
    ];
    tickets[2].block("waiting for DBA approval");
    for t in &tickets {
        println!("#{} {:<20} {:?} ({})", t.id, t.title, t.status, t.blocked_reason());
    }
}
