// One step of Conway's Game of Life on a fixed grid.
fn neighbours(g: &Vec<Vec<bool>>, r: usize, c: usize) -> usize {
    let mut count = 0;
    for dr in [-1i32, 0, 1] {
        for dc in [-1i32, 0, 1] {
            if dr == 0 && dc == 0 {
                continue;
            }
            let nr = r as i32 + dr;
            let nc = c as i32 + dc;
            if nr >= 0 && nc >= 0 && (nr as usize) < g.len() && (nc as usize) < g[0].len() {
                if g[nr as usize][nc as usize] {
                    count += 1;
                }
            }
        }
    }
    count
}

fn step(g: &Vec<Vec<bool>>) -> Vec<Vec<bool>> {
    let mut next = vec![vec![false; g[0].len()]; g.len()];
    for r in 0..g.len() {
        for c in 0..g[0].len() {
            let n = neighbours(g, r, c);
            next[r][c] = matches!((g[r][c], n), (true, 2) | (true, 3) | (false, 3));
        }
    }
    next
}

fn show(g: &Vec<Vec<bool>>) {
    for row in g {
        let line: String = row.iter().map(|&a| if a { '#' } else { '.' }).collect();
        println!("{}", line);
    }
    println!();
}

fn main() {
    // a blinker oscillates with period 2
    let mut grid = vec![vec![false; 5]; 5];
    grid[2][1] = true;
    grid[2][2] = true;
    grid[2][3] = true;
    show(&grid);
    for _ in 0..2 {
        grid = step(&grid);
        show(&grid);
    }
}
