enum Command {
    Move(i32, i32),
    Say(String),
    Halt,
}

fn main() {
    let program = vec![Command::Move(1, 2), Command::Say("hi".to_string()), Command::Halt];
    let mut x = 0;
    for cmd in program {
        match cmd {
            Command::Move(dx) => x += dx,
            Command::Say(s) => println!("robot says {}", s),
            Command::Halt => break,
        }
    }
    println!("x = {}", x);
}
