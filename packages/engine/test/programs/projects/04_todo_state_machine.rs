// A to-do list where each task moves through a small state machine.
#[derive(Debug, Clone, PartialEq)]
enum State {
    Todo,
    InProgress { assignee: String },
    Blocked { reason: String },
    Done,
}

#[derive(Debug)]
enum Action {
    Start(String),
    Block(String),
    Unblock,
    Finish,
    Reopen,
}

#[derive(Debug)]
struct Task {
    id: usize,
    title: String,
    state: State,
}

impl Task {
    fn apply(&mut self, action: Action) -> Result<(), String> {
        let next = match (&self.state, action) {
            (State::Todo, Action::Start(who)) => State::InProgress { assignee: who },
            (State::InProgress { .. }, Action::Block(why)) => State::Blocked { reason: why },
            (State::Blocked { .. }, Action::Unblock) => State::Todo,
            (State::InProgress { .. }, Action::Finish) => State::Done,
            (State::Done, Action::Reopen) => State::Todo,
            (s, a) => return Err(format!("task {}: cannot {:?} while {:?}", self.id, a, s)),
        };
        self.state = next;
        Ok(())
    }

    fn label(&self) -> String {
        match &self.state {
            State::Todo => "[ ]".to_string(),
            State::InProgress { assignee } => format!("[~] ({})", assignee),
            State::Blocked { reason } => format!("[!] blocked: {}", reason),
            State::Done => "[x]".to_string(),
        }
    }
}

struct TodoList {
    tasks: Vec<Task>,
}

impl TodoList {
    fn new() -> Self {
        TodoList { tasks: Vec::new() }
    }

    fn add(&mut self, title: &str) -> usize {
        let id = self.tasks.len() + 1;
        self.tasks.push(Task { id, title: title.to_string(), state: State::Todo });
        id
    }

    fn act(&mut self, id: usize, action: Action) {
        match self.tasks.iter_mut().find(|t| t.id == id) {
            Some(task) => {
                if let Err(e) = task.apply(action) {
                    println!("rejected: {}", e);
                }
            }
            None => println!("rejected: no task {}", id),
        }
    }

    fn print(&self) {
        for t in &self.tasks {
            println!("{:>2}. {:<22} {}", t.id, t.title, t.label());
        }
        let done = self.tasks.iter().filter(|t| t.state == State::Done).count();
        println!("{}/{} done", done, self.tasks.len());
    }
}

fn main() {
    let mut list = TodoList::new();
    let write = list.add("Write chapter summary");
    let review = list.add("Review pull request");
    let deploy = list.add("Deploy to staging");
    let _ = list.add("Buy coffee");

    list.act(write, Action::Start("maria".into()));
    list.act(review, Action::Finish);
    list.act(review, Action::Start("li".into()));
    list.act(deploy, Action::Start("sam".into()));
    list.act(deploy, Action::Block("waiting for CI".into()));
    list.act(write, Action::Finish);
    list.act(9, Action::Finish);
    list.print();

    println!("--- next day ---");
    list.act(deploy, Action::Unblock);
    list.act(deploy, Action::Start("sam".into()));
    list.act(deploy, Action::Finish);
    list.act(write, Action::Reopen);
    list.act(review, Action::Finish);
    list.print();
}
