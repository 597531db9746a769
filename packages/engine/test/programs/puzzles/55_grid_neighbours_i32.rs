// Game of Life style step on a small grid of lights
fn count_on(grid: &Vec<Vec<char>>, r: usize, c: usize) -> usize {
    let mut n = 0;
    for dr in -1..=1 {
        for dc in -1..=1 {
            if dr == 0 && dc == 0 {
                continue;
            }
            let nr = r + dr;
            let nc = c as i32 + dc;
            if nr < grid.len() && nc >= 0 && (nc as usize) < grid[0].len() {
                if grid[nr][nc as usize] == '#' {
                    n += 1;
                }
            }
        }
    }
    n
}

fn main() {
    let start = ".#.#.#\n...##.\n#....#\n..#...\n#.#..#\n####..";
    let grid: Vec<Vec<char>> = start.lines().map(|l| l.chars().collect()).collect();
    let mut next = grid.clone();
    for r in 0..grid.len() {
        for c in 0..grid[0].len() {
            let on = count_on(&grid, r, c);
            next[r][c] = match (grid[r][c], on) {
                ('#', 2) | ('#', 3) | ('.', 3) => '#',
                _ => '.',
            };
        }
    }
    for row in &next {
        println!("{}", row.iter().collect::<String>());
    }
}
