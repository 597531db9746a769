// Week project: a dungeon map as a room graph; find routes with breadth-first search.
use std::collections::VecDeque;

struct Room {
    name: &'static str,
    doors: Vec<usize>,
    monster: Option<(&'static str, u32)>,
}

struct Dungeon {
    rooms: Vec<Room>,
}

impl Dungeon {
    fn add_room(&mut self, name: &'static str, monster: Option<(&'static str, u32)>) -> usize {
        self.rooms.push(Room { name, doors: Vec::new(), monster });
        self.rooms.len() - 1
    }

    fn connect(&mut self, a: usize, b: usize) {
        self.rooms[a].doors.push(b);
        self.rooms[b].doors.push(a);
    }

    fn find(&self, name: &str) -> Option<usize> {
        self.rooms.iter().position(|r| r.name == name)
    }

    // Shortest path by number of doors; rooms with monsters stronger than
    // `strength` are treated as blocked.
    fn route(&self, from: usize, to: usize, strength: u32) -> Option<Vec<usize>> {
        let mut came_from: Vec<Option<usize>> = vec![None; self.rooms.len()];
        let mut seen = vec![false; self.rooms.len()];
        let mut queue = VecDeque::new();
        seen[from] = true;
        queue.push_back(from);
        while let Some(current) = queue.pop_front() {
            if current == to {
                let mut path = vec![to];
                let mut at = to;
                while let Some(prev) = came_from[at] {
                    path.push(prev);
                    at = prev;
                }
                path.reverse();
                return Some(path);
            }
            for &next in &self.rooms[current].doors {
                let blocked = matches!(self.rooms[next].monster, Some((_, power)) if power > strength);
                if !seen[next] && !blocked {
                    seen[next] = true;
                    came_from[next] = Some(current);
                    queue.push_back(next);
                }
            }
        }
        None
    }

    fn names(&self, path: &[usize]) -> String {
        path.iter().map(|&i| self.rooms[i].name).collect::<Vec<_>>().join(" -> ")
    }
}

fn main() {
    let mut d = Dungeon { rooms: Vec::new() };
    let gate = d.add_room("Gate", None);
    let hall = d.add_room("Hall", Some(("rat", 1)));
    let crypt = d.add_room("Crypt", Some(("ghoul", 6)));
    let well = d.add_room("Well", None);
    let tunnel = d.add_room("Tunnel", Some(("spider", 3)));
    let throne = d.add_room("Throne", Some(("dragon", 9)));
    let garden = d.add_room("Garden", None);
    d.connect(gate, hall);
    d.connect(hall, crypt);
    d.connect(crypt, throne);
    d.connect(hall, well);
    d.connect(well, tunnel);
    d.connect(tunnel, crypt);
    d.connect(gate, garden);

    for (goal, strength) in [("Crypt", 7), ("Crypt", 4), ("Tunnel", 2), ("Throne", 10), ("Throne", 8), ("Attic", 10)] {
        let Some(target) = d.find(goal) else {
            println!("{:<6} (str {:>2}): no such room", goal, strength);
            continue;
        };
        match d.route(gate, target, strength) {
            Some(path) => {
                let fights: Vec<&str> = path.iter().filter_map(|&i| d.rooms[i].monster.map(|m| m.0)).collect();
                println!("{:<6} (str {:>2}): {} | fights {:?}", goal, strength, d.names(&path), fights);
            }
            None => println!("{:<6} (str {:>2}): unreachable", goal, strength),
        }
    }

    let dead_ends: Vec<&str> = d.rooms.iter().filter(|r| r.doors.len() == 1).map(|r| r.name).collect();
    println!("dead ends: {:?}", dead_ends);
    let most = d.rooms.iter().max_by_key(|r| r.doors.len()).unwrap();
    println!("busiest room: {} with {} doors", most.name, most.doors.len());
}
