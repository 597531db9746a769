// 2022 day 8
const FOREST: &str = "30373
25512
65332
33549
35390";

fn main() {
    let grid: Vec<Vec<u8>> = FOREST
        .lines()
        .map(|l| l.bytes().map(|b| b - b'0').collect())
        .collect();
    let h = grid.len();
    let w = grid[0].len();

    let dirs: [(isize, isize); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];

    let mut visible = 0;
    let mut best = 0;
    for r in 0..h {
        for c in 0..w {
            let height = grid[r][c];
            let mut seen_from_outside = false;
            let mut score = 1;
            for &(dr, dc) in &dirs {
                let (mut rr, mut cc) = (r as isize, c as isize);
                let mut dist = 0;
                let mut blocked = false;
                loop {
                    rr += dr;
                    cc += dc;
                    if rr < 0 || cc < 0 || rr >= h as isize || cc >= w as isize {
                        break;
                    }
                    dist += 1;
                    if grid[rr as usize][cc as usize] >= height {
                        blocked = true;
                        break;
                    }
                }
                if !blocked {
                    seen_from_outside = true;
                }
                score *= dist;
            }
            if seen_from_outside {
                visible += 1;
            }
            best = best.max(score);
        }
    }
    println!("Part 1: {}", visible);
    println!("Part 2: {}", best);
}
