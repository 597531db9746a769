const PUZZLE: &str = "MMMSXXMASM
MSAMXMSMSA
AMXSXMAAMM
MSAMASMSMX
XMASAMXAMM
XXAMMXXAMA
SMSMSASXSS
SAXAMASAAA
MAMMMXMMMM
MXMXAXMASX";

fn get(grid: &[Vec<char>], r: i32, c: i32) -> Option<char> {
    if r < 0 || c < 0 {
        return None;
    }
    grid.get(r as usize)?.get(c as usize).copied()
}

fn main() {
    let grid: Vec<Vec<char>> = PUZZLE.lines().map(|l| l.chars().collect()).collect();
    let directions = [(0, 1), (1, 0), (1, 1), (1, -1), (0, -1), (-1, 0), (-1, -1), (-1, 1)];
    let word: Vec<char> = "XMAS".chars().collect();

    let mut count = 0;
    for r in 0..grid.len() as i32 {
        for c in 0..grid[0].len() as i32 {
            for &(dr, dc) in &directions {
                let found = (0..4).all(|k| get(&grid, r + dr * k, c + dc * k) == Some(word[k as usize]));
                if found {
                    count += 1;
                }
            }
        }
    }
    println!("XMAS appears {} times", count);

    let mut crosses = 0;
    for r in 1..grid.len() as i32 - 1 {
        for c in 1..grid[0].len() as i32 - 1 {
            if get(&grid, r, c) != Some('A') {
                continue;
            }
            let d1 = (get(&grid, r - 1, c - 1), get(&grid, r + 1, c + 1));
            let d2 = (get(&grid, r - 1, c + 1), get(&grid, r + 1, c - 1));
            let ms = |p: (Option<char>, Option<char>)| matches!(p, (Some('M'), Some('S')) | (Some('S'), Some('M')));
            if ms(d1) && ms(d2) {
                crosses += 1;
            }
        }
    }
    println!("X-MAS appears {} times", crosses);
}
