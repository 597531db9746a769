// 2020 day 11: seats fill and empty until nothing changes
const LAYOUT: &str = "L.LL.LL.LL
LLLLLLL.LL
L.L.L..L..
LLLL.LL.LL
L.LL.LL.LL
L.LLLLL.LL
..L.L.....
LLLLLLLLLL
L.LLLLLL.L
L.LLLLL.LL";

const DIRS: [(i32, i32); 8] = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)];

fn occupied_seen(grid: &[Vec<char>], r: usize, c: usize, far: bool) -> usize {
    let mut count = 0;
    for (dr, dc) in DIRS {
        let (mut rr, mut cc) = (r as i32 + dr, c as i32 + dc);
        while rr >= 0 && cc >= 0 && (rr as usize) < grid.len() && (cc as usize) < grid[0].len() {
            match grid[rr as usize][cc as usize] {
                '#' => {
                    count += 1;
                    break;
                }
                'L' => break,
                _ => {}
            }
            if !far {
                break;
            }
            rr += dr;
            cc += dc;
        }
    }
    count
}

fn settle(mut grid: Vec<Vec<char>>, far: bool, tolerance: usize) -> usize {
    loop {
        let mut next = grid.clone();
        let mut changed = false;
        for r in 0..grid.len() {
            for c in 0..grid[r].len() {
                let n = occupied_seen(&grid, r, c, far);
                match grid[r][c] {
                    'L' if n == 0 => { next[r][c] = '#'; changed = true; }
                    '#' if n >= tolerance => { next[r][c] = 'L'; changed = true; }
                    _ => {}
                }
            }
        }
        grid = next;
        if !changed {
            return grid.iter().flatten().filter(|&&ch| ch == '#').count();
        }
    }
}

fn main() {
    let grid: Vec<Vec<char>> = LAYOUT.lines().map(|l| l.chars().collect()).collect();
    println!("Part 1: {}", settle(grid.clone(), false, 4));
    println!("Part 2: {}", settle(grid, true, 5));
}
