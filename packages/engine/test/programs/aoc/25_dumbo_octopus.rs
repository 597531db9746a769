// 2021 day 11: flashing octopuses on a 10x10 grid
const START: &str = "5483143223
2745854711
5264556173
6141336146
6357385478
4167524645
2176841721
6882881134
4846848554
5283751526";

fn step(grid: &mut Vec<Vec<u8>>) -> usize {
    let n = grid.len();
    let mut to_flash = Vec::new();
    for r in 0..n {
        for c in 0..n {
            grid[r][c] += 1;
            if grid[r][c] > 9 {
                to_flash.push((r, c));
            }
        }
    }
    let mut flashed = vec![vec![false; n]; n];
    while let Some((r, c)) = to_flash.pop() {
        if flashed[r][c] {
            continue;
        }
        flashed[r][c] = true;
        for dr in -1i32..=1 {
            for dc in -1i32..=1 {
                let nr = r as i32 + dr;
                let nc = c as i32 + dc;
                if (dr, dc) == (0, 0) || nr < 0 || nc < 0 || nr >= n as i32 || nc >= n as i32 {
                    continue;
                }
                let (nr, nc) = (nr as usize, nc as usize);
                grid[nr][nc] += 1;
                if grid[nr][nc] > 9 && !flashed[nr][nc] {
                    to_flash.push((nr, nc));
                }
            }
        }
    }
    let mut count = 0;
    for row in grid.iter_mut() {
        for cell in row.iter_mut() {
            if *cell > 9 {
                *cell = 0;
                count += 1;
            }
        }
    }
    count
}

fn main() {
    let mut grid: Vec<Vec<u8>> = START
        .lines()
        .map(|l| l.bytes().map(|b| b - b'0').collect())
        .collect();

    let mut total = 0;
    let mut step_no = 0;
    let mut all_flash = None;
    while step_no < 200 {
        step_no += 1;
        let flashes = step(&mut grid);
        if step_no <= 100 {
            total += flashes;
        }
        if flashes == 100 && all_flash.is_none() {
            all_flash = Some(step_no);
            break;
        }
    }
    println!("Part 1: {}", total);
    println!("Part 2: {:?}", all_flash);
}
