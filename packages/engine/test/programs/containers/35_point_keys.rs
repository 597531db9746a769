use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let moves = "RRUULLDDRU";
    let mut pos = Point { x: 0, y: 0 };
    let mut visits: HashMap<Point, u32> = HashMap::new();
    *visits.entry(pos).or_insert(0) += 1;

    for m in moves.chars() {
        match m {
            'R' => pos.x += 1,
            'L' => pos.x -= 1,
            'U' => pos.y += 1,
            'D' => pos.y -= 1,
            _ => {}
        }
        *visits.entry(pos).or_insert(0) += 1;
    }

    let twice: HashSet<Point> = visits.iter().filter(|(_, &n)| n > 1).map(|(p, _)| *p).collect();
    let mut twice: Vec<Point> = twice.into_iter().collect();
    twice.sort();
    println!("distinct cells: {}", visits.len());
    println!("visited more than once: {:?}", twice);
    println!("final position: {:?}", pos);
}
