// A grid whose cells start out as T::default().
#[derive(Debug)]
struct Grid<T: Clone + Default> {
    width: usize,
    height: usize,
    cells: Vec<T>,
}

impl<T: Clone + Default> Grid<T> {
    fn new(width: usize, height: usize) -> Self {
        Grid { width, height, cells: vec![T::default(); width * height] }
    }

    fn get(&self, row: usize, col: usize) -> Option<&T> {
        if row < self.height && col < self.width {
            self.cells.get(row * self.width + col)
        } else {
            None
        }
    }

    fn set(&mut self, row: usize, col: usize, value: T) {
        let idx = row * self.width + col;
        self.cells[idx] = value;
    }
}

fn main() {
    let mut counts: Grid<u32> = Grid::new(3, 2);
    counts.set(0, 1, 5);
    counts.set(1, 2, 9);
    for row in 0..counts.height {
        let line: Vec<String> = (0..counts.width)
            .map(|c| counts.get(row, c).unwrap().to_string())
            .collect();
        println!("{}", line.join(" "));
    }
    println!("out of range: {:?}", counts.get(5, 5));

    let mut labels: Grid<String> = Grid::new(2, 1);
    labels.set(0, 0, String::from("start"));
    println!("{:?}", labels.cells);
}
