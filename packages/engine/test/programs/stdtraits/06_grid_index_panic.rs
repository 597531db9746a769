use std::ops::Index;

struct Board {
    width: usize,
    height: usize,
    cells: Vec<char>,
}

impl Board {
    fn from_rows(rows: &[&str]) -> Board {
        let width = rows[0].len();
        let cells: Vec<char> = rows.iter().flat_map(|r| r.chars()).collect();
        Board { width, height: rows.len(), cells }
    }
}

impl Index<(usize, usize)> for Board {
    type Output = char;
    fn index(&self, pos: (usize, usize)) -> &char {
        let (x, y) = pos;
        if x >= self.width || y >= self.height {
            panic!("cell ({}, {}) is outside the {}x{} board", x, y, self.width, self.height);
        }
        &self.cells[y * self.width + x]
    }
}

fn main() {
    let board = Board::from_rows(&["X.O", ".X.", "O.X"]);
    println!("centre: {}", board[(1, 1)]);
    println!("corner: {}", board[(2, 0)]);
    let diagonal: String = (0..3).map(|i| board[(i, i)]).collect();
    println!("diagonal: {}", diagonal);
    println!("off the edge: {}", board[(3, 1)]);
}
