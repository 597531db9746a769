// One step of Conway's Game of Life on a small fixed grid.
type Grid = Vec<Vec<bool>>;

fn live_neighbours(g: &Grid, r: usize, c: usize) -> usize {
    let h = g.len() as i32;
    let w = g[0].len() as i32;
    let mut n = 0;
    for dr in [-1, 0, 1] {
        for dc in [-1, 0, 1] {
            if dr == 0 && dc == 0 {
                continue;
            }
            let (nr, nc) = (r as i32 + dr, c as i32 + dc);
            if nr >= 0 && nr < h && nc >= 0 && nc < w && g[nr as usize][nc as usize] {
                n += 1;
            }
        }
    }
    n
}

fn step(g: &Grid) -> Grid {
    let mut next = vec![vec![false; g[0].len()]; g.len()];
    for r in 0..g.len() {
        for c in 0..g[0].len() {
            let n = live_neighbours(g, r, c);
            next[r][c] = matches!((g[r][c], n), (true, 2) | (true, 3) | (false, 3));
        }
    }
    next
}

fn show(g: &Grid) {
    for row in g {
        println!("{}", row.iter().map(|&a| if a { '#' } else { '.' }).collect::<String>());
    }
    println!();
}

fn main() {
    // A blinker: a horizontal bar that turns vertical.
    let mut g = vec![vec![false; 5]; 5];
    for c in 1..4 {
        g[2][c] = true;
    }
    show(&g);
    for _ in 0..2 {
        g = step(&g);
        show(&g);
    }
}
