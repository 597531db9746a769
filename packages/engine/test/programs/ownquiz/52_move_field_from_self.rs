struct Player {
    name: String,
    level: u32,
}

impl Player {
    fn name(&self) -> String {
        self.name
    }
}

fn main() {
    let p = Player { name: String::from("Luigi"), level: 7 };
    println!("{} is level {}", p.name(), p.level);
}
