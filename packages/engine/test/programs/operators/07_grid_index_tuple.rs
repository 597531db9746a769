use std::ops::{Index, IndexMut};

// A rectangular grid stored in one flat Vec.
struct Grid {
    width: usize,
    height: usize,
    cells: Vec<char>,
}

impl Grid {
    fn new(width: usize, height: usize) -> Self {
        Grid { width, height, cells: vec!['.'; width * height] }
    }

    fn print(&self) {
        for row in 0..self.height {
            let line: String = (0..self.width).map(|col| self[(row, col)]).collect();
            println!("{}", line);
        }
    }
}

impl Index<(usize, usize)> for Grid {
    type Output = char;
    fn index(&self, (row, col): (usize, usize)) -> &char {
        &self.cells[row * self.width + col]
    }
}

impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (row, col): (usize, usize)) -> &mut char {
        &mut self.cells[row * self.width + col]
    }
}

fn main() {
    let mut g = Grid::new(6, 4);

    // Draw a diagonal and a border on the last row.
    for i in 0..4 {
        g[(i, i)] = '\\';
    }
    for col in 0..6 {
        g[(3, col)] = '#';
    }
    g[(0, 5)] = '*';

    g.print();
    println!("cell (1,1) = {}", g[(1, 1)]);
}
