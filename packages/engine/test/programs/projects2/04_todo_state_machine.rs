// Week project: a to-do list where every task moves through a small state machine.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum State {
    Todo,
    InProgress { started_day: u32 },
    Blocked(String),
    Done { took_days: u32 },
}

#[derive(Debug, Clone, Copy)]
enum Action {
    Start(u32),
    Block(&'static str),
    Unblock,
    Finish(u32),
}

struct Task {
    title: String,
    state: State,
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            State::Todo => write!(f, "todo"),
            State::InProgress { started_day } => write!(f, "in progress since day {}", started_day),
            State::Blocked(why) => write!(f, "blocked ({})", why),
            State::Done { took_days } => write!(f, "done in {} day(s)", took_days),
        }
    }
}

impl Task {
    fn new(title: &str) -> Task {
        Task { title: title.to_string(), state: State::Todo }
    }

    // Returns the new state, or an error describing the illegal move.
    fn apply(&mut self, action: Action) -> Result<&State, String> {
        let next = match (&self.state, action) {
            (State::Todo, Action::Start(day)) => State::InProgress { started_day: day },
            (State::InProgress { .. }, Action::Block(reason)) => State::Blocked(reason.to_string()),
            (State::Blocked(_), Action::Unblock) => State::Todo,
            (State::InProgress { started_day }, Action::Finish(day)) => {
                if day < *started_day {
                    return Err(format!("cannot finish before day {}", started_day));
                }
                State::Done { took_days: day - started_day }
            }
            (State::Done { .. }, _) => return Err(String::from("task is already done")),
            (current, act) => return Err(format!("{:?} not allowed while {}", act, current)),
        };
        self.state = next;
        Ok(&self.state)
    }
}

struct TodoList {
    tasks: Vec<Task>,
}

impl TodoList {
    fn run(&mut self, index: usize, action: Action) {
        let task = match self.tasks.get_mut(index) {
            Some(t) => t,
            None => {
                println!("#{}: no such task", index);
                return;
            }
        };
        let title = task.title.clone();
        match task.apply(action) {
            Ok(state) => println!("#{} {:<14} -> {}", index, title, state),
            Err(e) => println!("#{} {:<14} !! {}", index, title, e),
        }
    }

    fn summary(&self) -> (usize, usize, usize) {
        let done = self.tasks.iter().filter(|t| matches!(t.state, State::Done { .. })).count();
        let blocked = self.tasks.iter().filter(|t| matches!(t.state, State::Blocked(_))).count();
        (done, blocked, self.tasks.len() - done - blocked)
    }
}

fn main() {
    let mut list = TodoList {
        tasks: vec![
            Task::new("write report"),
            Task::new("fix bike"),
            Task::new("call plumber"),
        ],
    };

    let script = [
        (0, Action::Start(1)),
        (1, Action::Finish(2)),
        (1, Action::Start(2)),
        (1, Action::Block("missing part")),
        (0, Action::Finish(4)),
        (0, Action::Start(5)),
        (2, Action::Start(3)),
        (2, Action::Finish(1)),
        (1, Action::Unblock),
        (1, Action::Start(6)),
        (5, Action::Unblock),
    ];
    for (index, action) in script {
        list.run(index, action);
    }

    let (done, blocked, open) = list.summary();
    println!("done: {}, blocked: {}, open: {}", done, blocked, open);
    let total_days: u32 = list
        .tasks
        .iter()
        .filter_map(|t| match t.state {
            State::Done { took_days } => Some(took_days),
            _ => None,
        })
        .sum();
    println!("days spent on finished work: {}", total_days);
    for t in &list.tasks {
        println!("- {}: {}", t.title, t.state);
    }
}
