use std::collections::VecDeque;

const HEIGHTMAP: &str = "2199943210
3987894921
9856789892
8767896789
9899965678";

fn neighbours(r: usize, c: usize, rows: usize, cols: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(4);
    if r > 0 { out.push((r - 1, c)); }
    if r + 1 < rows { out.push((r + 1, c)); }
    if c > 0 { out.push((r, c - 1)); }
    if c + 1 < cols { out.push((r, c + 1)); }
    out
}

fn basin_size(grid: &[Vec<u32>], start: (usize, usize)) -> usize {
    let (rows, cols) = (grid.len(), grid[0].len());
    let mut seen = vec![vec![false; cols]; rows];
    let mut queue = VecDeque::from([start]);
    seen[start.0][start.1] = true;
    let mut size = 0;
    while let Some((r, c)) = queue.pop_front() {
        size += 1;
        for (nr, nc) in neighbours(r, c, rows, cols) {
            if !seen[nr][nc] && grid[nr][nc] != 9 {
                seen[nr][nc] = true;
                queue.push_back((nr, nc));
            }
        }
    }
    size
}

fn main() {
    let grid: Vec<Vec<u32>> = HEIGHTMAP
        .lines()
        .map(|l| l.chars().map(|c| c.to_digit(10).unwrap()).collect())
        .collect();
    let (rows, cols) = (grid.len(), grid[0].len());

    let mut low_points = Vec::new();
    for r in 0..rows {
        for c in 0..cols {
            let h = grid[r][c];
            if neighbours(r, c, rows, cols).iter().all(|&(nr, nc)| grid[nr][nc] > h) {
                low_points.push((r, c));
            }
        }
    }
    let risk: u32 = low_points.iter().map(|&(r, c)| grid[r][c] + 1).sum();
    println!("Part 1: {}", risk);

    let mut sizes: Vec<usize> = low_points.iter().map(|&p| basin_size(&grid, p)).collect();
    sizes.sort_by(|a, b| b.cmp(a));
    println!("largest basins: {:?}", &sizes[..3]);
    println!("Part 2: {}", sizes.iter().take(3).product::<usize>());
}
