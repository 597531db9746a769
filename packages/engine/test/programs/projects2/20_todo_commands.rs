// Week project: a to-do app driven by parsed commands (FromStr) with tags and filters.
use std::collections::BTreeSet;
use std::str::FromStr;

#[derive(Debug)]
enum Command {
    Add { title: String, tags: Vec<String> },
    Done(usize),
    Reopen(usize),
    Remove(usize),
    List(Filter),
}

#[derive(Debug, Clone)]
enum Filter {
    All,
    Open,
    Tag(String),
}

impl FromStr for Command {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (verb, rest) = s.split_once(' ').unwrap_or((s, ""));
        let id = || rest.trim().parse::<usize>().map_err(|_| format!("'{}' needs a number", verb));
        match verb {
            "add" => {
                let mut title = Vec::new();
                let mut tags = Vec::new();
                for word in rest.split_whitespace() {
                    match word.strip_prefix('#') {
                        Some(tag) => tags.push(tag.to_string()),
                        None => title.push(word),
                    }
                }
                if title.is_empty() {
                    return Err(String::from("add needs a title"));
                }
                Ok(Command::Add { title: title.join(" "), tags })
            }
            "done" => Ok(Command::Done(id()?)),
            "reopen" => Ok(Command::Reopen(id()?)),
            "rm" => Ok(Command::Remove(id()?)),
            "ls" => Ok(Command::List(match rest.trim() {
                "" => Filter::All,
                "open" => Filter::Open,
                t => Filter::Tag(t.trim_start_matches('#').to_string()),
            })),
            other => Err(format!("unknown command '{}'", other)),
        }
    }
}

struct Todo {
    id: usize,
    title: String,
    tags: BTreeSet<String>,
    done: bool,
}

#[derive(Default)]
struct App {
    todos: Vec<Todo>,
    next_id: usize,
}

impl App {
    fn find(&mut self, id: usize) -> Result<&mut Todo, String> {
        self.todos.iter_mut().find(|t| t.id == id).ok_or(format!("no todo #{}", id))
    }

    fn handle(&mut self, cmd: Command) -> Result<(), String> {
        match cmd {
            Command::Add { title, tags } => {
                self.next_id += 1;
                let tags = tags.into_iter().collect();
                self.todos.push(Todo { id: self.next_id, title, tags, done: false });
            }
            Command::Done(id) => {
                let t = self.find(id)?;
                if t.done {
                    return Err(format!("#{} is already done", id));
                }
                t.done = true;
            }
            Command::Reopen(id) => self.find(id)?.done = false,
            Command::Remove(id) => {
                let before = self.todos.len();
                self.todos.retain(|t| t.id != id);
                if self.todos.len() == before {
                    return Err(format!("no todo #{}", id));
                }
            }
            Command::List(filter) => {
                let shown = self.todos.iter().filter(|t| match &filter {
                    Filter::All => true,
                    Filter::Open => !t.done,
                    Filter::Tag(tag) => t.tags.contains(tag),
                });
                for t in shown {
                    let tags: Vec<&str> = t.tags.iter().map(|s| s.as_str()).collect();
                    println!("    [{}] #{} {} {:?}", if t.done { 'x' } else { ' ' }, t.id, t.title, tags);
                }
            }
        }
        Ok(())
    }
}

fn main() {
    let mut app = App::default();
    let input = [
        "add buy milk #home #shop", "add fix login bug #work", "add #work", "add water plants #home",
        "done 1", "done 1", "ls open", "ls #home", "reopen 1", "rm 2", "rm 2", "done x", "archive 3", "ls",
    ];
    for line in input {
        println!("> {}", line);
        let result = line.parse::<Command>().and_then(|cmd| app.handle(cmd));
        if let Err(e) = result {
            println!("    error: {}", e);
        }
    }
    let open = app.todos.iter().filter(|t| !t.done).count();
    println!("{} todos, {} open", app.todos.len(), open);
}
