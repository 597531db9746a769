use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Coord {
    row: i32,
    col: i32,
}

fn main() {
    let moves = ["R", "R", "D", "L", "L", "U", "R", "D", "D"];
    let mut pos = Coord { row: 0, col: 0 };
    let mut visited = HashSet::new();
    visited.insert(pos.clone());

    for m in moves.iter() {
        match *m {
            "R" => pos.col += 1,
            "L" => pos.col -= 1,
            "U" => pos.row -= 1,
            "D" => pos.row += 1,
            _ => unreachable!(),
        }
        let fresh = visited.insert(pos.clone());
        if !fresh {
            println!("revisited {:?}", pos);
        }
    }

    println!("{} distinct cells", visited.len());
    let mut cells: Vec<&Coord> = visited.iter().collect();
    cells.sort();
    for c in cells {
        println!("  ({}, {})", c.row, c.col);
    }
    println!("contains (1,1)? {}", visited.contains(&Coord { row: 1, col: 1 }));
}
