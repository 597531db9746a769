// A grid with get and set; read a cell, then change it.
struct Grid {
    w: usize,
    cells: Vec<u32>,
}

impl Grid {
    fn get(&self, r: usize, c: usize) -> Option<&u32> {
        self.cells.get(r * self.w + c)
    }
    fn set(&mut self, r: usize, c: usize, v: u32) {
        self.cells[r * self.w + c] = v;
    }
}

fn main() {
    let mut g = Grid { w: 2, cells: vec![1, 2, 3, 4] };
    let before = g.get(1, 0).unwrap();
    g.set(1, 0, 30);
    println!("before {} after {:?}", before, g.get(1, 0));
}
