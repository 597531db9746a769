// Index with a bounds check of our own; the last access panics on purpose.
use std::ops::Index;

struct Grid {
    width: usize,
    height: usize,
    cells: Vec<char>,
}

impl Grid {
    fn from_rows(rows: &[&str]) -> Grid {
        let width = rows[0].len();
        let cells: Vec<char> = rows.iter().flat_map(|r| r.chars()).collect();
        Grid { width, height: rows.len(), cells }
    }
}

impl Index<(usize, usize)> for Grid {
    type Output = char;
    fn index(&self, pos: (usize, usize)) -> &char {
        let (x, y) = pos;
        if x >= self.width || y >= self.height {
            panic!("cell ({}, {}) is outside a {}x{} grid", x, y, self.width, self.height);
        }
        &self.cells[y * self.width + x]
    }
}

fn main() {
    let g = Grid::from_rows(&["#..#", ".##.", "#..."]);
    let mut walls = 0;
    for y in 0..g.height {
        for x in 0..g.width {
            if g[(x, y)] == '#' {
                walls += 1;
            }
        }
    }
    println!("walls: {}", walls);
    println!("corner: {}", g[(3, 2)]);
    println!("outside: {}", g[(4, 0)]);
}
