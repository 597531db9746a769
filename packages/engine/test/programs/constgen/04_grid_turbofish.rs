// Choosing the grid size with a turbofish.
struct Grid<const N: usize> {
    cells: [[char; N]; N],
}

impl<const N: usize> Grid<N> {
    fn new() -> Self {
        Grid { cells: [['.'; N]; N] }
    }

    fn mark_diagonal(&mut self) {
        for i in 0..N {
            self.cells[i][i] = '#';
        }
    }

    fn print(&self) {
        for row in &self.cells {
            let line: String = row.iter().collect();
            println!("{}", line);
        }
    }
}

fn main() {
    let mut g = Grid::<3>::new();
    g.mark_diagonal();
    g.print();
    println!("--");
    let mut h = Grid::<5>::new();
    h.mark_diagonal();
    h.cells[0][4] = '@';
    h.print();
}
