// Create a grid where every cell starts with the same value.
#[derive(Debug)]
struct Grid<T> {
    width: usize,
    cells: Vec<T>,
}

impl<T> Grid<T> {
    fn filled(width: usize, height: usize, value: T) -> Self {
        Grid { width, cells: vec![value; width * height] }
    }

    fn row(&self, r: usize) -> &[T] {
        &self.cells[r * self.width..(r + 1) * self.width]
    }
}

fn main() {
    let board = Grid::filled(3, 2, '.');
    println!("{:?}", board.row(0));
}
