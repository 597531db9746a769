mod world {
    pub struct Room {
        pub name: &'static str,
        pub north: Option<usize>,
        pub south: Option<usize>,
    }

    pub fn build() -> Vec<Room> {
        vec![
            Room { name: "Cellar", north: Some(1), south: None },
            Room { name: "Hall", north: Some(2), south: Some(0) },
            Room { name: "Tower", north: None, south: Some(1) },
        ]
    }
}

mod player {
    pub struct Player {
        pub room: usize,
        pub steps: u32,
    }

    impl Player {
        pub fn new() -> Self {
            Player { room: 0, steps: 0 }
        }
    }
}

mod commands {
    use super::player::Player;
    use super::world::Room;

    pub enum Command {
        North,
        South,
        Look,
        Unknown(String),
    }

    pub fn parse(input: &str) -> Command {
        match input.trim().to_lowercase().as_str() {
            "n" | "north" => Command::North,
            "s" | "south" => Command::South,
            "look" => Command::Look,
            other => Command::Unknown(other.to_string()),
        }
    }

    pub fn execute(cmd: Command, p: &mut Player, rooms: &[Room]) -> String {
        let here = &rooms[p.room];
        let target = match cmd {
            Command::North => here.north,
            Command::South => here.south,
            Command::Look => return format!("You are in the {}.", here.name),
            Command::Unknown(word) => return format!("I don't know how to '{}'.", word),
        };
        match target {
            Some(next) => {
                p.room = next;
                p.steps += 1;
                format!("You walk to the {}.", rooms[next].name)
            }
            None => String::from("You can't go that way."),
        }
    }
}

fn main() {
    let rooms = world::build();
    let mut hero = player::Player::new();
    let script = ["look", "north", "N", "north", "dance", "south", "look"];
    for line in script.iter() {
        let cmd = commands::parse(line);
        println!("> {}\n{}", line, commands::execute(cmd, &mut hero, &rooms));
    }
    println!("Steps taken: {}", hero.steps);
}
