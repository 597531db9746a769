// A Grid struct that hands out whole rows as slices.
struct Grid {
    width: usize,
    cells: Vec<i32>,
}

impl Grid {
    fn row(&self, r: usize) -> &[i32] {
        &self.cells[r * self.width..(r + 1) * self.width]
    }
    fn row_mut(&mut self, r: usize) -> &mut [i32] {
        let w = self.width;
        &mut self.cells[r * w..(r + 1) * w]
    }
    fn rows(&self) -> std::slice::Chunks<'_, i32> {
        self.cells.chunks(self.width)
    }
}

fn main() {
    let mut g = Grid { width: 3, cells: (1..=9).collect() };
    g.row_mut(1).reverse();
    println!("{:?}", g.row(1));
    for (i, r) in g.rows().enumerate() {
        println!("{}: {:?}", i, r);
    }
    println!("{:?}", g.row(3));
}
