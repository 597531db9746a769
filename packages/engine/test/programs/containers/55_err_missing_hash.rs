use std::collections::HashSet;

#[derive(Debug, PartialEq, Eq)]
struct Coord {
    row: i32,
    col: i32,
}

fn main() {
    let mut visited = HashSet::new();
    visited.insert(Coord { row: 0, col: 0 });
    visited.insert(Coord { row: 0, col: 1 });
    visited.insert(Coord { row: 0, col: 0 });
    println!("visited {} cells", visited.len());
}
