// An unsafe method: the caller promises the index is in range.
struct Grid {
    cells: Vec<char>,
    width: usize,
}

impl Grid {
    unsafe fn cell_unchecked(&self, row: usize, col: usize) -> char {
        *self.cells.get_unchecked(row * self.width + col)
    }

    fn cell(&self, row: usize, col: usize) -> Option<char> {
        if col < self.width && row * self.width + col < self.cells.len() {
            Some(unsafe { self.cell_unchecked(row, col) })
        } else {
            None
        }
    }
}

fn main() {
    let g = Grid { cells: "abcdef".chars().collect(), width: 3 };
    println!("{:?}", g.cell(1, 2));
    println!("{:?}", g.cell(0, 0));
    println!("{:?}", g.cell(2, 0));
    println!("{:?}", g.cell(0, 3));
}
