// Rooms in a Vec, connected by indices (no references, no Rc).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    North,
    South,
    East,
    West,
}

struct Room {
    name: &'static str,
    exits: Vec<(Dir, usize)>,
    item: Option<&'static str>,
}

struct World {
    rooms: Vec<Room>,
    here: usize,
    bag: Vec<&'static str>,
}

impl World {
    fn go(&mut self, d: Dir) -> Result<&'static str, String> {
        let room = &self.rooms[self.here];
        let target = room
            .exits
            .iter()
            .find(|(dir, _)| *dir == d)
            .map(|&(_, to)| to)
            .ok_or_else(|| format!("you can't go {:?} from the {}", d, room.name))?;
        self.here = target;
        Ok(self.rooms[target].name)
    }

    fn pick_up(&mut self) {
        if let Some(item) = self.rooms[self.here].item.take() {
            println!("  you pick up the {}", item);
            self.bag.push(item);
        }
    }
}

fn main() {
    let rooms = vec![
        Room { name: "hall", exits: vec![(Dir::North, 1), (Dir::East, 2)], item: None },
        Room { name: "library", exits: vec![(Dir::South, 0)], item: Some("old map") },
        Room { name: "kitchen", exits: vec![(Dir::West, 0), (Dir::North, 3)], item: Some("lamp") },
        Room { name: "cellar", exits: vec![(Dir::South, 2)], item: Some("golden key") },
    ];
    let mut world = World { rooms, here: 0, bag: Vec::new() };
    let moves = [Dir::North, Dir::North, Dir::South, Dir::East, Dir::North, Dir::West, Dir::South, Dir::West];
    println!("you are in the {}", world.rooms[world.here].name);
    for m in moves {
        match world.go(m) {
            Ok(name) => {
                println!("{:?}: you enter the {}", m, name);
                world.pick_up();
            }
            Err(msg) => println!("{:?}: {}", m, msg),
        }
    }
    println!("bag: {:?}", world.bag);
    let empty_rooms: Vec<&str> = world.rooms.iter().filter(|r| r.item.is_none()).map(|r| r.name).collect();
    println!("rooms now empty: {:?}", empty_rooms);
}
