// Find a word in a letter grid in any of 8 directions.
fn find(grid: &[Vec<char>], word: &str) -> Option<(usize, usize, (i32, i32))> {
    let w: Vec<char> = word.chars().collect();
    let dirs = [(0, 1), (1, 0), (1, 1), (-1, 1), (0, -1), (-1, 0), (-1, -1), (1, -1)];
    for r in 0..grid.len() {
        for c in 0..grid[r].len() {
            for &(dr, dc) in dirs.iter() {
                let ok = (0..w.len()).all(|k| {
                    let rr = r as i32 + dr * k as i32;
                    let cc = c as i32 + dc * k as i32;
                    rr >= 0
                        && cc >= 0
                        && grid.get(rr as usize).and_then(|row| row.get(cc as usize)) == Some(&w[k])
                });
                if ok {
                    return Some((r, c, (dr, dc)));
                }
            }
        }
    }
    None
}

fn main() {
    let grid: Vec<Vec<char>> = ["RUSTX", "AOBEQ", "TSOWN", "ZAXRM"]
        .iter()
        .map(|s| s.chars().collect())
        .collect();
    for word in ["RUST", "BOX", "ROW", "CAT", "NEW"] {
        println!("{}: {:?}", word, find(&grid, word));
    }
}
