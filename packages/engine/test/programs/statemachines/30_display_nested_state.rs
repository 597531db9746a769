// Display for a recursive state: a task can wrap another task it is waiting on
use std::fmt;

enum Task {
    Ready(String),
    Waiting { name: String, on: Box<Task> },
    Retry { attempts: u32, task: Box<Task> },
}

impl fmt::Display for Task {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Task::Ready(name) => write!(f, "{}", name),
            Task::Waiting { name, on } => write!(f, "{} <- ({})", name, on),
            Task::Retry { attempts, task } => write!(f, "retry x{} [{}]", attempts, task),
        }
    }
}

impl Task {
    fn innermost(&self) -> &str {
        match self {
            Task::Ready(name) => name,
            Task::Waiting { on, .. } => on.innermost(),
            Task::Retry { task, .. } => task.innermost(),
        }
    }
}

fn main() {
    let fetch = Task::Ready(String::from("fetch"));
    let parse = Task::Waiting { name: String::from("parse"), on: Box::new(fetch) };
    let parse = Task::Retry { attempts: 2, task: Box::new(parse) };
    let render = Task::Waiting { name: String::from("render"), on: Box::new(parse) };
    println!("{}", render);
    println!("must run first: {}", render.innermost());
    let padded = format!("[{:>10}]", Task::Ready(String::from("io")).to_string());
    println!("{}", padded);
}
