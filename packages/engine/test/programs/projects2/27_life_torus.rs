// Week project: Game of Life on a small torus (edges wrap) with a glider.
const ROWS: usize = 6;
const COLS: usize = 6;

struct Life {
    cells: Vec<bool>,
    generation: u32,
}

impl Life {
    fn parse(rows: &[&str]) -> Life {
        assert_eq!(rows.len(), ROWS);
        let cells = rows
            .iter()
            .flat_map(|r| r.chars().map(|c| c == 'O'))
            .collect::<Vec<bool>>();
        assert_eq!(cells.len(), ROWS * COLS);
        Life { cells, generation: 0 }
    }

    fn idx(r: usize, c: usize) -> usize {
        r * COLS + c
    }

    fn neighbours(&self, r: usize, c: usize) -> u8 {
        let mut n = 0;
        for dr in [ROWS - 1, 0, 1] {
            for dc in [COLS - 1, 0, 1] {
                if (dr, dc) == (0, 0) {
                    continue;
                }
                let rr = (r + dr) % ROWS;
                let cc = (c + dc) % COLS;
                n += self.cells[Life::idx(rr, cc)] as u8;
            }
        }
        n
    }

    fn tick(&mut self) -> usize {
        let next: Vec<bool> = (0..ROWS * COLS)
            .map(|i| {
                let (r, c) = (i / COLS, i % COLS);
                let alive = self.cells[i];
                matches!((alive, self.neighbours(r, c)), (true, 2) | (_, 3))
            })
            .collect();
        let changed = next.iter().zip(&self.cells).filter(|(a, b)| a != b).count();
        self.cells = next;
        self.generation += 1;
        changed
    }

    fn bounding_box(&self) -> Option<(usize, usize, usize, usize)> {
        let alive: Vec<(usize, usize)> = self
            .cells
            .iter()
            .enumerate()
            .filter(|(_, &a)| a)
            .map(|(i, _)| (i / COLS, i % COLS))
            .collect();
        let rmin = alive.iter().map(|p| p.0).min()?;
        let rmax = alive.iter().map(|p| p.0).max()?;
        let cmin = alive.iter().map(|p| p.1).min()?;
        let cmax = alive.iter().map(|p| p.1).max()?;
        Some((rmin, cmin, rmax, cmax))
    }

    fn render(&self) -> String {
        self.cells
            .chunks(COLS)
            .map(|row| row.iter().map(|&a| if a { 'O' } else { '.' }).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn main() {
    let mut life = Life::parse(&[
        "....O.",
        ".....O",
        "...OOO",
        "......",
        "......",
        "......",
    ]);
    println!("gen {}:\n{}", life.generation, life.render());
    for _ in 0..3 {
        let changed = life.tick();
        println!("gen {} ({} cells changed, box {:?}):", life.generation, changed, life.bounding_box());
        println!("{}", life.render());
    }
    let alive = life.cells.iter().filter(|&&c| c).count();
    println!("alive after {} generations: {}", life.generation, alive);

    let mut empty = Life::parse(&["......"; ROWS]);
    println!("empty board changes: {}, box {:?}", empty.tick(), empty.bounding_box());
}
