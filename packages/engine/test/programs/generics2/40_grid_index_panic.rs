// A generic 2D grid; indexing outside it panics.
struct Grid<T> {
    width: usize,
    height: usize,
    cells: Vec<T>,
}

impl<T: Clone + std::fmt::Debug> Grid<T> {
    fn filled(width: usize, height: usize, value: T) -> Self {
        Grid { width, height, cells: vec![value; width * height] }
    }

    fn get(&self, row: usize, col: usize) -> &T {
        &self.cells[row * self.width + col]
    }

    fn set(&mut self, row: usize, col: usize, value: T) {
        let i = row * self.width + col;
        self.cells[i] = value;
    }
}

fn main() {
    let mut board = Grid::filled(3, 2, '.');
    board.set(0, 1, 'X');
    board.set(1, 2, 'O');
    for r in 0..board.height {
        let row: String = (0..board.width).map(|c| *board.get(r, c)).collect();
        println!("{}", row);
    }
    println!("looking at row 2...");
    println!("{:?}", board.get(2, 0));
}
