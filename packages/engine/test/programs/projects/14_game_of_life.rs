const W: usize = 10;
const H: usize = 8;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Cell {
    Dead,
    Alive,
}

#[derive(Clone, PartialEq)]
struct Board {
    cells: [[Cell; W]; H],
    generation: u32,
}

impl Board {
    fn from_pattern(pattern: &[&str]) -> Board {
        let mut cells = [[Cell::Dead; W]; H];
        for (r, line) in pattern.iter().enumerate() {
            for (c, ch) in line.chars().enumerate() {
                if ch == '#' {
                    cells[r][c] = Cell::Alive;
                }
            }
        }
        Board { cells, generation: 0 }
    }

    fn live_neighbours(&self, row: usize, col: usize) -> usize {
        let mut count = 0;
        for dr in [H - 1, 0, 1] {
            for dc in [W - 1, 0, 1] {
                if dr == 0 && dc == 0 {
                    continue;
                }
                // wrap around the edges (a torus)
                let r = (row + dr) % H;
                let c = (col + dc) % W;
                if self.cells[r][c] == Cell::Alive {
                    count += 1;
                }
            }
        }
        count
    }

    fn step(&self) -> Board {
        let mut next = self.cells;
        for r in 0..H {
            for c in 0..W {
                let n = self.live_neighbours(r, c);
                next[r][c] = match (self.cells[r][c], n) {
                    (Cell::Alive, 2) | (Cell::Alive, 3) => Cell::Alive,
                    (Cell::Dead, 3) => Cell::Alive,
                    _ => Cell::Dead,
                };
            }
        }
        Board { cells: next, generation: self.generation + 1 }
    }

    fn population(&self) -> usize {
        self.cells.iter().flatten().filter(|&&c| c == Cell::Alive).count()
    }

    fn render(&self) {
        println!("generation {} (population {})", self.generation, self.population());
        for row in &self.cells {
            let line: String = row
                .iter()
                .map(|c| if *c == Cell::Alive { '#' } else { '.' })
                .collect();
            println!("{}", line);
        }
    }
}

fn main() {
    let mut board = Board::from_pattern(&[
        "..........",
        "..#.......",
        "...#......",
        ".###......",
        "..........",
        "......###.",
        "..........",
        "..........",
    ]);
    board.render();
    for _ in 0..4 {
        board = board.step();
        board.render();
    }

    // A block is a still life: it never changes.
    let block = Board::from_pattern(&["", ".##", ".##"]);
    let after = block.step();
    println!("block is still life: {}", block.cells == after.cells);

    // Blinker oscillates with period 2.
    let blinker = Board::from_pattern(&["", "", "...###"]);
    let two = blinker.step().step();
    println!("blinker period 2: {}", two.cells == blinker.cells && blinker.step().cells != blinker.cells);
}
