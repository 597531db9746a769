use std::collections::HashMap;

trait Command {
    fn execute(&self, args: &[&str]) -> String;
    fn help(&self) -> String;
}

struct Echo;
struct Upper;
struct Count;

impl Command for Echo {
    fn execute(&self, args: &[&str]) -> String {
        args.join(" ")
    }
    fn help(&self) -> String {
        "echo ARGS... - print the arguments".to_string()
    }
}

impl Command for Upper {
    fn execute(&self, args: &[&str]) -> String {
        args.iter().map(|a| a.to_uppercase()).collect::<Vec<_>>().join(" ")
    }
    fn help(&self) -> String {
        "upper ARGS... - shout the arguments".to_string()
    }
}

impl Command for Count {
    fn execute(&self, args: &[&str]) -> String {
        format!("{} args", args.len())
    }
    fn help(&self) -> String {
        "count ARGS... - count the arguments".to_string()
    }
}

fn main() {
    let mut commands: HashMap<String, Box<dyn Command>> = HashMap::new();
    commands.insert("echo".to_string(), Box::new(Echo));
    commands.insert("upper".to_string(), Box::new(Upper));
    commands.insert("count".to_string(), Box::new(Count));

    let script = ["echo hello world", "upper rust is fun", "count a b c d", "frobnicate x"];
    for line in script {
        let parts: Vec<&str> = line.split_whitespace().collect();
        match commands.get(parts[0]) {
            Some(cmd) => println!("> {} => {}", line, cmd.execute(&parts[1..])),
            None => println!("> {} => unknown command", line),
        }
    }

    let mut names: Vec<&String> = commands.keys().collect();
    names.sort();
    println!("Available commands:");
    for n in names {
        println!("  {}", commands[n].help());
    }
}
