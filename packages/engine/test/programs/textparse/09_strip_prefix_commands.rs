// strip_prefix / strip_suffix return Option<&str>.
fn handle(cmd: &str) -> String {
    if let Some(name) = cmd.strip_prefix("hello ") {
        format!("Hi, {}!", name)
    } else if let Some(n) = cmd.strip_prefix("double ") {
        match n.parse::<i32>() {
            Ok(v) => format!("{}", v * 2),
            Err(_) => String::from("double needs a number"),
        }
    } else if cmd == "quit" {
        String::from("bye")
    } else {
        format!("unknown command: {}", cmd)
    }
}

fn main() {
    let commands = ["hello Ada", "double 21", "double two", "quit", "jump"];
    for c in commands {
        println!("> {}\n{}", c, handle(c));
    }
    let file = "notes.txt";
    match file.strip_suffix(".txt") {
        Some(stem) => println!("stem: {}", stem),
        None => println!("not a text file"),
    }
    println!("{:?}", "image.png".strip_suffix(".txt"));
}
