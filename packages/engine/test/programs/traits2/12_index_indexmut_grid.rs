use std::ops::{Index, IndexMut};

// A grid you can index with (row, col).
struct Grid {
    cols: usize,
    cells: Vec<char>,
}

impl Grid {
    fn new(rows: usize, cols: usize) -> Grid {
        Grid { cols, cells: vec!['.'; rows * cols] }
    }
    fn show(&self) {
        for row in self.cells.chunks(self.cols) {
            println!("{}", row.iter().collect::<String>());
        }
    }
}

impl Index<(usize, usize)> for Grid {
    type Output = char;
    fn index(&self, (r, c): (usize, usize)) -> &char {
        &self.cells[r * self.cols + c]
    }
}

impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut char {
        &mut self.cells[r * self.cols + c]
    }
}

fn main() {
    let mut g = Grid::new(3, 4);
    g[(0, 0)] = '#';
    g[(1, 2)] = '@';
    g[(2, 3)] = '#';
    println!("cell (1,2) = {}", g[(1, 2)]);
    g.show();
}
