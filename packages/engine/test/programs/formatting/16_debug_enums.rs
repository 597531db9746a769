#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Empty,
}

#[derive(Debug)]
enum Command {
    Move { dx: i32, dy: i32 },
    Say(String),
    Quit,
}

fn main() {
    let shapes = vec![Shape::Circle(1.5), Shape::Rect { w: 2.0, h: 3.0 }, Shape::Empty];
    for s in &shapes {
        println!("{:?}", s);
    }
    println!("{:#?}", shapes);

    let cmds = [Command::Move { dx: 1, dy: -1 }, Command::Say("hi \"there\"".into()), Command::Quit];
    println!("{:?}", cmds);
    let maybe: Option<Command> = Some(Command::Quit);
    println!("{:?}", maybe);
}
