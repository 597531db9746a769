// Week project: Conway's Game of Life on a fixed 8x8 grid, three generations.
const W: usize = 8;
const H: usize = 8;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Cell {
    Dead,
    Alive,
}

#[derive(Clone, PartialEq)]
struct Grid {
    cells: [[Cell; W]; H],
}

impl Grid {
    fn empty() -> Grid {
        Grid { cells: [[Cell::Dead; W]; H] }
    }

    fn from_pattern(pattern: &[&str]) -> Grid {
        let mut g = Grid::empty();
        for (r, line) in pattern.iter().enumerate() {
            for (c, ch) in line.chars().enumerate() {
                if ch == '#' {
                    g.cells[r][c] = Cell::Alive;
                }
            }
        }
        g
    }

    // Cells outside the grid count as dead.
    fn live_neighbours(&self, r: usize, c: usize) -> usize {
        let mut count = 0;
        for dr in [-1i32, 0, 1] {
            for dc in [-1i32, 0, 1] {
                if dr == 0 && dc == 0 {
                    continue;
                }
                let (nr, nc) = (r as i32 + dr, c as i32 + dc);
                if nr < 0 || nc < 0 || nr >= H as i32 || nc >= W as i32 {
                    continue;
                }
                if self.cells[nr as usize][nc as usize] == Cell::Alive {
                    count += 1;
                }
            }
        }
        count
    }

    fn step(&self) -> Grid {
        let mut next = Grid::empty();
        for r in 0..H {
            for c in 0..W {
                let n = self.live_neighbours(r, c);
                next.cells[r][c] = match (self.cells[r][c], n) {
                    (Cell::Alive, 2) | (Cell::Alive, 3) => Cell::Alive,
                    (Cell::Dead, 3) => Cell::Alive,
                    _ => Cell::Dead,
                };
            }
        }
        next
    }

    fn population(&self) -> usize {
        self.cells.iter().flatten().filter(|&&c| c == Cell::Alive).count()
    }

    fn print(&self) {
        for row in &self.cells {
            let line: String = row
                .iter()
                .map(|c| if *c == Cell::Alive { '#' } else { '.' })
                .collect();
            println!("  {}", line);
        }
    }
}

fn main() {
    let start = Grid::from_pattern(&[
        "........",
        ".#......",
        "..#.....",
        "###.....",
        "........",
        ".....###",
        "........",
        "##......",
    ]);

    let mut generations = vec![start];
    for _ in 0..3 {
        let next = generations.last().unwrap().step();
        generations.push(next);
    }

    for (i, g) in generations.iter().enumerate() {
        println!("generation {} (population {}):", i, g.population());
        g.print();
    }

    let repeated = generations
        .windows(3)
        .position(|w| w[0] == w[2]);
    println!("period-2 state from generation: {:?}", repeated);
    let corner = generations[3].live_neighbours(0, 0);
    println!("live neighbours of the corner in gen 3: {}", corner);
}
