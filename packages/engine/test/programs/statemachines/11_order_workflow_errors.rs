// Order workflow where illegal transitions are errors and the order is handed back
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Status {
    Pending,
    Paid { receipt: u32 },
    Shipped { receipt: u32, carrier: String },
    Cancelled { reason: String },
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Pending => write!(f, "pending"),
            Status::Paid { receipt } => write!(f, "paid (receipt #{})", receipt),
            Status::Shipped { carrier, .. } => write!(f, "shipped via {}", carrier),
            Status::Cancelled { reason } => write!(f, "cancelled: {}", reason),
        }
    }
}

#[derive(Debug)]
enum Action {
    Pay(u32),
    Ship(&'static str),
    Cancel(&'static str),
}

fn apply(status: Status, action: &Action) -> Result<Status, (Status, String)> {
    match (status, action) {
        (Status::Pending, Action::Pay(r)) => Ok(Status::Paid { receipt: *r }),
        (Status::Paid { receipt }, Action::Ship(c)) => Ok(Status::Shipped { receipt, carrier: c.to_string() }),
        (Status::Pending, Action::Cancel(why)) | (Status::Paid { .. }, Action::Cancel(why)) => {
            Ok(Status::Cancelled { reason: why.to_string() })
        }
        (s, a) => {
            let msg = format!("{:?} not allowed when {}", a, s);
            Err((s, msg))
        }
    }
}

fn main() {
    let actions = [Action::Ship("ups"), Action::Pay(1001), Action::Pay(1002), Action::Ship("dhl"), Action::Cancel("changed mind")];
    let mut status = Status::Pending;
    for a in &actions {
        status = match apply(status, a) {
            Ok(next) => {
                println!("ok   -> {}", next);
                next
            }
            Err((same, msg)) => {
                println!("fail -> {}", msg);
                same
            }
        };
    }
    let expected = Status::Shipped { receipt: 1001, carrier: "dhl".to_string() };
    println!("as expected: {}", status == expected);
}
