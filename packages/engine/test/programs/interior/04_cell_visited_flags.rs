use std::cell::Cell;

struct Room {
    name: &'static str,
    visited: Cell<bool>,
    exits: Vec<usize>,
}

// Walk the rooms through a shared slice, marking each visited one.
fn explore(rooms: &[Room], start: usize, order: &mut Vec<&'static str>) {
    let room = &rooms[start];
    if room.visited.get() {
        return;
    }
    room.visited.set(true);
    order.push(room.name);
    for &next in &room.exits {
        explore(rooms, next, order);
    }
}

fn main() {
    let rooms = vec![
        Room { name: "hall", visited: Cell::new(false), exits: vec![1, 2] },
        Room { name: "kitchen", visited: Cell::new(false), exits: vec![0, 3] },
        Room { name: "library", visited: Cell::new(false), exits: vec![0] },
        Room { name: "cellar", visited: Cell::new(false), exits: vec![1] },
        Room { name: "attic", visited: Cell::new(false), exits: vec![] },
    ];
    let mut order = Vec::new();
    explore(&rooms, 0, &mut order);
    println!("visit order: {:?}", order);
    let unvisited: Vec<_> = rooms.iter().filter(|r| !r.visited.get()).map(|r| r.name).collect();
    println!("never reached: {:?}", unvisited);
}
