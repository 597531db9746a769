// Command pattern with an undo stack for a text editor.
#[derive(Debug)]
enum Command {
    Insert(String),
    DeleteLast(usize),
}

struct Editor {
    text: String,
    history: Vec<(Command, String)>,
}

impl Editor {
    fn run(&mut self, cmd: Command) {
        let before = self.text.clone();
        match &cmd {
            Command::Insert(s) => self.text.push_str(s),
            Command::DeleteLast(n) => {
                let keep = self.text.len().saturating_sub(*n);
                self.text.truncate(keep);
            }
        }
        self.history.push((cmd, before));
    }
    fn undo(&mut self) -> bool {
        match self.history.pop() {
            Some((cmd, before)) => {
                println!("undo {:?}", cmd);
                self.text = before;
                true
            }
            None => false,
        }
    }
}

fn main() {
    let mut ed = Editor { text: String::new(), history: Vec::new() };
    ed.run(Command::Insert("Hello".into()));
    ed.run(Command::Insert(", world".into()));
    ed.run(Command::DeleteLast(5));
    println!("{:?}", ed.text);
    while ed.undo() {
        println!("-> {:?}", ed.text);
    }
}
