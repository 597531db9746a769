// Derived Hash + Eq: structs as HashSet/HashMap keys (output sorted for determinism)
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Coord {
    x: i32,
    y: i32,
}

fn main() {
    let moves = [(0, 1), (1, 0), (0, -1), (0, 1), (1, 0), (1, 0)];
    let mut pos = Coord { x: 0, y: 0 };
    let mut visited: HashSet<Coord> = HashSet::new();
    visited.insert(pos.clone());
    let mut counts: HashMap<Coord, u32> = HashMap::new();
    for (dx, dy) in moves {
        pos = Coord { x: pos.x + dx, y: pos.y + dy };
        visited.insert(pos.clone());
        *counts.entry(pos.clone()).or_insert(0) += 1;
    }
    println!("visited {} distinct cells", visited.len());
    let mut cells: Vec<&Coord> = visited.iter().collect();
    cells.sort();
    for c in cells {
        println!("  ({}, {})", c.x, c.y);
    }
    let mut entries: Vec<(Coord, u32)> = counts.into_iter().collect();
    entries.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    println!("{:?}", entries[0]);
    println!("contains origin: {}", visited.contains(&Coord { x: 0, y: 0 }));
    println!("contains (5,5): {}", visited.contains(&Coord { x: 5, y: 5 }));
}
