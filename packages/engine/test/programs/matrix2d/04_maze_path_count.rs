// Count paths from top-left to bottom-right moving only right or down.
fn count_paths(maze: &[Vec<char>]) -> u64 {
    let h = maze.len();
    let w = maze[0].len();
    let mut ways = vec![vec![0u64; w]; h];
    for r in 0..h {
        for c in 0..w {
            if maze[r][c] == '#' {
                ways[r][c] = 0;
                continue;
            }
            if r == 0 && c == 0 {
                ways[r][c] = 1;
                continue;
            }
            let up = if r > 0 { ways[r - 1][c] } else { 0 };
            let left = if c > 0 { ways[r][c - 1] } else { 0 };
            ways[r][c] = up + left;
        }
    }
    ways[h - 1][w - 1]
}

fn main() {
    let maze: Vec<Vec<char>> = ["....", ".#..", "...#", "#..."]
        .iter()
        .map(|s| s.chars().collect())
        .collect();
    println!("paths: {}", count_paths(&maze));
    let open = vec![vec!['.'; 3]; 3];
    println!("open 3x3: {}", count_paths(&open));
}
