// Week project: a to-do workflow. Matching on the state by value moves it out of &mut self.
#[derive(Debug)]
enum State {
    Open,
    Assigned(String),
    Review { author: String, reviewer: String },
    Closed { resolution: String },
}

#[derive(Debug)]
enum Step {
    Assign(&'static str),
    SendToReview(&'static str),
    Approve,
    Reject,
    Close(&'static str),
}

struct Ticket {
    id: u32,
    title: &'static str,
    state: State,
    history: Vec<String>,
}

impl Ticket {
    fn new(id: u32, title: &'static str) -> Ticket {
        Ticket { id, title, state: State::Open, history: Vec::new() }
    }

    fn advance(&mut self, step: Step) -> Result<(), String> {
        let next = match self.state {
            State::Open => match step {
                Step::Assign(who) => State::Assigned(who.to_string()),
                Step::Close(why) => State::Closed { resolution: why.to_string() },
                other => return Err(format!("{:?} on an open ticket", other)),
            },
            State::Assigned(author) => match step {
                Step::SendToReview(reviewer) => State::Review { author, reviewer: reviewer.to_string() },
                Step::Assign(who) => State::Assigned(who.to_string()),
                other => return Err(format!("{:?} while assigned", other)),
            },
            State::Review { author, reviewer } => match step {
                Step::Approve => State::Closed { resolution: format!("approved by {}", reviewer) },
                Step::Reject => State::Assigned(author),
                other => return Err(format!("{:?} during review", other)),
            },
            State::Closed { .. } => return Err(String::from("ticket is closed")),
        };
        self.history.push(format!("{:?}", next));
        self.state = next;
        Ok(())
    }
}

fn main() {
    let mut tickets = vec![Ticket::new(101, "crash on save"), Ticket::new(102, "typo in menu")];
    let plan: Vec<(usize, Step)> = vec![
        (0, Step::Assign("lin")),
        (0, Step::SendToReview("sam")),
        (0, Step::Reject),
        (0, Step::SendToReview("kai")),
        (0, Step::Approve),
        (0, Step::Assign("lin")),
        (1, Step::Approve),
        (1, Step::Close("wontfix")),
    ];
    for (i, step) in plan {
        let t = &mut tickets[i];
        let label = format!("{:?}", step);
        match t.advance(step) {
            Ok(()) => println!("#{} {:<22} -> {:?}", t.id, label, t.state),
            Err(e) => println!("#{} {:<22} rejected: {}", t.id, label, e),
        }
    }
    for t in &tickets {
        println!("{} '{}': {} transitions", t.id, t.title, t.history.len());
        for h in &t.history {
            println!("    {}", h);
        }
    }
}
