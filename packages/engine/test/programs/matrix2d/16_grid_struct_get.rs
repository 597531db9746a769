// A Grid struct with a bounds-checked get.
struct Grid<T> {
    width: usize,
    height: usize,
    cells: Vec<T>,
}

impl<T: Clone> Grid<T> {
    fn new(width: usize, height: usize, fill: T) -> Self {
        Grid { width, height, cells: vec![fill; width * height] }
    }

    fn get(&self, r: usize, c: usize) -> Option<&T> {
        if r < self.height && c < self.width {
            self.cells.get(r * self.width + c)
        } else {
            None
        }
    }

    fn get_mut(&mut self, r: usize, c: usize) -> Option<&mut T> {
        if r < self.height && c < self.width {
            self.cells.get_mut(r * self.width + c)
        } else {
            None
        }
    }
}

fn main() {
    let mut g = Grid::new(3, 2, 0);
    if let Some(cell) = g.get_mut(1, 2) {
        *cell = 42;
    }
    println!("{:?}", g.get(1, 2));
    println!("{:?}", g.get(2, 0));
    println!("{:?}", g.get(0, 3));
    println!("{:?}", g.cells);
}
