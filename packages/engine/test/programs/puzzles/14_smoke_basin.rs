use std::collections::{HashSet, VecDeque};

const INPUT: &str = "2199943210
3987894921
9856789892
8767896789
9899965678";

fn neighbours(r: usize, c: usize, rows: usize, cols: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if r > 0 { out.push((r - 1, c)); }
    if r + 1 < rows { out.push((r + 1, c)); }
    if c > 0 { out.push((r, c - 1)); }
    if c + 1 < cols { out.push((r, c + 1)); }
    out
}

fn basin_size(grid: &Vec<Vec<u32>>, start: (usize, usize)) -> usize {
    let mut seen = HashSet::new();
    let mut queue = VecDeque::new();
    queue.push_back(start);
    seen.insert(start);
    while let Some((r, c)) = queue.pop_front() {
        for (nr, nc) in neighbours(r, c, grid.len(), grid[0].len()) {
            if grid[nr][nc] != 9 && seen.insert((nr, nc)) {
                queue.push_back((nr, nc));
            }
        }
    }
    seen.len()
}

fn main() {
    let grid: Vec<Vec<u32>> = INPUT
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
    println!("basins: {:?}", sizes);
    println!("Part 2: {}", sizes[0] * sizes[1] * sizes[2]);
}
