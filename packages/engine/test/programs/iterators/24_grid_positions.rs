// An iterator that walks every (row, col) cell of a grid, row by row.
struct Cells {
    rows: usize,
    cols: usize,
    row: usize,
    col: usize,
}

impl Cells {
    fn new(rows: usize, cols: usize) -> Self {
        Cells { rows, cols, row: 0, col: 0 }
    }
}

impl Iterator for Cells {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        if self.row >= self.rows {
            return None;
        }
        let here = (self.row, self.col);
        self.col += 1;
        if self.col == self.cols {
            self.col = 0;
            self.row += 1;
        }
        Some(here)
    }
}

fn main() {
    let all: Vec<(usize, usize)> = Cells::new(2, 3).collect();
    println!("{:?}", all);

    let diagonal: Vec<_> = Cells::new(4, 4).filter(|(r, c)| r == c).collect();
    println!("diagonal: {:?}", diagonal);

    let board = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let border_sum: i32 = Cells::new(3, 3)
        .filter(|&(r, c)| r == 0 || c == 0 || r == 2 || c == 2)
        .map(|(r, c)| board[r][c])
        .sum();
    println!("border sum: {}", border_sum);
    println!("cells in 5x7: {}", Cells::new(5, 7).count());
}
