use std::collections::HashMap;

trait Command {
    fn execute(&self, arg: i32) -> i32;
}

struct Add(i32);
struct Mul(i32);

impl Command for Add {
    fn execute(&self, arg: i32) -> i32 { arg + self.0 }
}
impl Command for Mul {
    fn execute(&self, arg: i32) -> i32 { arg * self.0 }
}

fn main() {
    let mut cmds: HashMap<&str, Box<dyn Command>> = HashMap::new();
    cmds.insert("inc", Box::new(Add(1)));
    cmds.insert("double", Box::new(Mul(2)));
    cmds.insert("triple", Box::new(Mul(3)));
    // Sort the keys so the output is stable.
    let mut names: Vec<&&str> = cmds.keys().collect();
    names.sort();
    for n in names {
        println!("{}(7) = {}", n, cmds[*n].execute(7));
    }
    let program = ["inc", "double", "inc", "triple"];
    let result = program.iter().fold(0, |acc, name| cmds[name].execute(acc));
    println!("program result = {}", result);
}
