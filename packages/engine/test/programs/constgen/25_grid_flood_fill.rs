use std::collections::{HashSet, VecDeque};

// Positions on a grid as HashSet keys, used for a flood fill.
#[derive(Debug, Clone, Copy, Hash, PartialEq, Eq, PartialOrd, Ord)]
struct Pos(i32, i32);

impl Pos {
    fn neighbours(self) -> [Pos; 4] {
        let Pos(r, c) = self;
        [Pos(r - 1, c), Pos(r + 1, c), Pos(r, c - 1), Pos(r, c + 1)]
    }
}

fn main() {
    let map = ["..#..", ".##..", "#...#", "..#.."];
    let mut open = HashSet::new();
    for (r, line) in map.iter().enumerate() {
        for (c, ch) in line.chars().enumerate() {
            if ch == '.' {
                open.insert(Pos(r as i32, c as i32));
            }
        }
    }
    let start = Pos(0, 0);
    let mut visited = HashSet::new();
    let mut queue = VecDeque::new();
    visited.insert(start);
    queue.push_back(start);
    while let Some(p) = queue.pop_front() {
        for n in p.neighbours() {
            if open.contains(&n) && visited.insert(n) {
                queue.push_back(n);
            }
        }
    }
    let mut reached: Vec<Pos> = visited.into_iter().collect();
    reached.sort();
    println!("reached {} of {} open cells", reached.len(), open.len());
    println!("{:?}", reached);
}
