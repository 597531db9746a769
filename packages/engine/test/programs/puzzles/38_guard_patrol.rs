use std::collections::HashSet;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Dir {
    Up,
    Right,
    Down,
    Left,
}

impl Dir {
    fn turn_right(self) -> Dir {
        match self {
            Dir::Up => Dir::Right,
            Dir::Right => Dir::Down,
            Dir::Down => Dir::Left,
            Dir::Left => Dir::Up,
        }
    }
    fn delta(self) -> (i32, i32) {
        match self {
            Dir::Up => (-1, 0),
            Dir::Right => (0, 1),
            Dir::Down => (1, 0),
            Dir::Left => (0, -1),
        }
    }
}

fn main() {
    let map = "..#....\n......#\n.......\n..^....\n#......\n.....#.";
    let grid: Vec<Vec<char>> = map.lines().map(|l| l.chars().collect()).collect();
    let rows = grid.len() as i32;
    let cols = grid[0].len() as i32;

    let mut pos = (0, 0);
    for (r, row) in grid.iter().enumerate() {
        if let Some(c) = row.iter().position(|&ch| ch == '^') {
            pos = (r as i32, c as i32);
        }
    }

    let mut dir = Dir::Up;
    let mut visited = HashSet::new();
    let mut states = HashSet::new();
    loop {
        visited.insert(pos);
        if !states.insert((pos, dir)) {
            println!("stuck in a loop!");
            break;
        }
        let (dr, dc) = dir.delta();
        let next = (pos.0 + dr, pos.1 + dc);
        if next.0 < 0 || next.1 < 0 || next.0 >= rows || next.1 >= cols {
            break;
        }
        if grid[next.0 as usize][next.1 as usize] == '#' {
            dir = dir.turn_right();
        } else {
            pos = next;
        }
    }
    let mut cells: Vec<&(i32, i32)> = visited.iter().collect();
    cells.sort();
    println!("first cells: {:?}", &cells[..4]);
    println!("guard visits {} distinct positions, leaving {:?}", visited.len(), dir);
}
