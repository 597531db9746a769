// Command pattern with trait objects that know how to undo themselves.
trait Command {
    fn execute(&mut self, counter: &mut i64);
    fn undo(&mut self, counter: &mut i64);
}

struct AddN(i64);
struct Double {
    previous: i64,
}

impl Command for AddN {
    fn execute(&mut self, c: &mut i64) { *c += self.0; }
    fn undo(&mut self, c: &mut i64) { *c -= self.0; }
}

impl Command for Double {
    fn execute(&mut self, c: &mut i64) {
        self.previous = *c;
        *c *= 2;
    }
    fn undo(&mut self, c: &mut i64) { *c = self.previous; }
}

fn main() {
    let mut value = 1;
    let mut done: Vec<Box<dyn Command>> = Vec::new();
    let todo: Vec<Box<dyn Command>> =
        vec![Box::new(AddN(4)), Box::new(Double { previous: 0 }), Box::new(AddN(-3))];
    for mut cmd in todo {
        cmd.execute(&mut value);
        println!("value = {}", value);
        done.push(cmd);
    }
    while let Some(mut cmd) = done.pop() {
        cmd.undo(&mut value);
        println!("undone -> {}", value);
    }
}
