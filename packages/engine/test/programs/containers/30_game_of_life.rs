fn step(grid: &Vec<Vec<bool>>) -> Vec<Vec<bool>> {
    let h = grid.len() as i32;
    let w = grid[0].len() as i32;
    let mut next = vec![vec![false; w as usize]; h as usize];
    for r in 0..h {
        for c in 0..w {
            let mut n = 0;
            for dr in -1..=1 {
                for dc in -1..=1 {
                    if dr == 0 && dc == 0 {
                        continue;
                    }
                    let (rr, cc) = (r + dr, c + dc);
                    if rr >= 0 && rr < h && cc >= 0 && cc < w && grid[rr as usize][cc as usize] {
                        n += 1;
                    }
                }
            }
            let alive = grid[r as usize][c as usize];
            next[r as usize][c as usize] = matches!((alive, n), (true, 2) | (true, 3) | (false, 3));
        }
    }
    next
}

fn show(grid: &Vec<Vec<bool>>) {
    for row in grid {
        let s: String = row.iter().map(|&b| if b { '#' } else { '.' }).collect();
        println!("{}", s);
    }
    println!();
}

fn main() {
    let mut grid = vec![vec![false; 5]; 5];
    grid[2][1] = true;
    grid[2][2] = true;
    grid[2][3] = true;
    for _ in 0..3 {
        show(&grid);
        grid = step(&grid);
    }
}
