use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Dir {
    North,
    South,
    East,
    West,
}

impl Dir {
    fn parse(s: &str) -> Option<Dir> {
        match s {
            "n" | "north" => Some(Dir::North),
            "s" | "south" => Some(Dir::South),
            "e" | "east" => Some(Dir::East),
            "w" | "west" => Some(Dir::West),
            _ => None,
        }
    }
}

struct Room {
    name: &'static str,
    exits: HashMap<Dir, usize>,
    items: Vec<&'static str>,
    locked_by: Option<&'static str>,
}

struct World {
    rooms: Vec<Room>,
    here: usize,
    bag: Vec<&'static str>,
    moves: u32,
}

enum Outcome {
    Continue(String),
    Won(String),
}

impl World {
    fn build() -> World {
        let mk = |name, items: &[&'static str], locked_by| Room {
            name,
            exits: HashMap::new(),
            items: items.to_vec(),
            locked_by,
        };
        let mut rooms = vec![
            mk("Hall", &[], None),
            mk("Kitchen", &["bread", "rusty key"], None),
            mk("Library", &["lamp"], None),
            mk("Vault", &["gold"], Some("rusty key")),
        ];
        let links = [(0, Dir::East, 1), (0, Dir::North, 2), (2, Dir::East, 3)];
        for &(a, d, b) in links.iter() {
            let back = match d {
                Dir::North => Dir::South,
                Dir::South => Dir::North,
                Dir::East => Dir::West,
                Dir::West => Dir::East,
            };
            rooms[a].exits.insert(d, b);
            rooms[b].exits.insert(back, a);
        }
        World { rooms, here: 0, bag: Vec::new(), moves: 0 }
    }

    fn command(&mut self, line: &str) -> Outcome {
        let words: Vec<&str> = line.split_whitespace().collect();
        let msg = match words.as_slice() {
            ["go", d] => match Dir::parse(d) {
                None => format!("'{}' is not a direction", d),
                Some(dir) => match self.rooms[self.here].exits.get(&dir).copied() {
                    None => "you bump into a wall".to_string(),
                    Some(next) => match self.rooms[next].locked_by {
                        Some(key) if !self.bag.contains(&key) => format!("the {} is locked", self.rooms[next].name),
                        _ => {
                            self.here = next;
                            self.moves += 1;
                            format!("you enter the {}", self.rooms[next].name)
                        }
                    },
                },
            },
            ["take", rest @ ..] => {
                let wanted = rest.join(" ");
                let room = &mut self.rooms[self.here];
                match room.items.iter().position(|i| *i == wanted) {
                    Some(pos) => {
                        let item = room.items.remove(pos);
                        self.bag.push(item);
                        if item == "gold" {
                            return Outcome::Won(format!("you got the gold in {} moves!", self.moves));
                        }
                        format!("taken: {}", item)
                    }
                    None => format!("there is no {} here", wanted),
                }
            }
            ["look"] => {
                let room = &self.rooms[self.here];
                let mut exits: Vec<String> = room.exits.keys().map(|d| format!("{:?}", d)).collect();
                exits.sort();
                format!("{}: items {:?}, exits {}", room.name, room.items, exits.join("/"))
            }
            ["inventory"] | ["i"] => format!("you carry {:?}", self.bag),
            _ => format!("I don't understand '{}'", line),
        };
        Outcome::Continue(msg)
    }
}

fn main() {
    let script = [
        "look", "go north", "go east", "take lamp", "go south", "go e", "look",
        "take rusty key", "take spoon", "i", "go up", "go west", "go n", "go e", "take gold", "look",
    ];
    let mut world = World::build();
    for line in script {
        match world.command(line) {
            Outcome::Continue(msg) => println!("> {:<16} {}", line, msg),
            Outcome::Won(msg) => {
                println!("> {:<16} {}", line, msg);
                break;
            }
        }
    }
}
