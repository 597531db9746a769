// Minesweeper: annotate a board with neighbour counts, then reveal with flood fill.
struct Field {
    mines: Vec<Vec<bool>>,
    revealed: Vec<Vec<bool>>,
    rows: usize,
    cols: usize,
}

impl Field {
    fn parse(rows: &[&str]) -> Field {
        let mines: Vec<Vec<bool>> = rows.iter().map(|r| r.chars().map(|c| c == '*').collect()).collect();
        let (r, c) = (mines.len(), mines[0].len());
        Field { mines, revealed: vec![vec![false; c]; r], rows: r, cols: c }
    }

    fn neighbours(&self, r: usize, c: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let rs = r.saturating_sub(1)..=(r + 1).min(self.rows - 1);
        rs.flat_map(move |nr| {
            let cs = c.saturating_sub(1)..=(c + 1).min(self.cols - 1);
            cs.map(move |nc| (nr, nc))
        })
        .filter(move |&(nr, nc)| (nr, nc) != (r, c))
    }

    fn count(&self, r: usize, c: usize) -> usize {
        self.neighbours(r, c).filter(|&(nr, nc)| self.mines[nr][nc]).count()
    }

    fn annotated(&self) -> Vec<String> {
        (0..self.rows)
            .map(|r| {
                (0..self.cols)
                    .map(|c| match (self.mines[r][c], self.count(r, c)) {
                        (true, _) => '*',
                        (false, 0) => ' ',
                        (false, n) => char::from_digit(n as u32, 10).unwrap(),
                    })
                    .collect()
            })
            .collect()
    }

    /// Returns false if we hit a mine.
    fn reveal(&mut self, r: usize, c: usize) -> bool {
        if self.mines[r][c] {
            return false;
        }
        let mut todo = vec![(r, c)];
        while let Some((r, c)) = todo.pop() {
            if self.revealed[r][c] {
                continue;
            }
            self.revealed[r][c] = true;
            if self.count(r, c) == 0 {
                let more: Vec<(usize, usize)> = self.neighbours(r, c).filter(|&(a, b)| !self.revealed[a][b]).collect();
                todo.extend(more);
            }
        }
        true
    }

    fn view(&self) -> Vec<String> {
        let ann = self.annotated();
        (0..self.rows)
            .map(|r| {
                ann[r]
                    .chars()
                    .enumerate()
                    .map(|(c, ch)| if self.revealed[r][c] { if ch == ' ' { '.' } else { ch } } else { '#' })
                    .collect()
            })
            .collect()
    }

    fn hidden_safe(&self) -> usize {
        let mut n = 0;
        for r in 0..self.rows {
            for c in 0..self.cols {
                if !self.mines[r][c] && !self.revealed[r][c] {
                    n += 1;
                }
            }
        }
        n
    }
}

fn main() {
    let mut field = Field::parse(&[
        "*.......",
        "........",
        "....*...",
        "........",
        "......**",
        "........",
    ]);
    println!("annotated:");
    for line in field.annotated() {
        println!("|{}|", line);
    }
    for (r, c) in [(0, 7), (5, 7), (4, 6)] {
        let safe = field.reveal(r, c);
        println!("\nreveal ({}, {}) -> {}", r, c, if safe { "safe" } else { "BOOM" });
        for line in field.view() {
            println!("  {}", line);
        }
        println!("  safe cells still hidden: {}", field.hidden_safe());
    }
}
