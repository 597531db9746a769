// Flood fill on a small grid: count islands
fn fill(grid: &mut Vec<Vec<char>>, r: usize, c: usize, mark: char) -> usize {
    if grid[r][c] != '#' {
        return 0;
    }
    grid[r][c] = mark;
    let mut size = 1;
    if r > 0 { size += fill(grid, r - 1, c, mark); }
    if r + 1 < grid.len() { size += fill(grid, r + 1, c, mark); }
    if c > 0 { size += fill(grid, r, c - 1, mark); }
    if c + 1 < grid[r].len() { size += fill(grid, r, c + 1, mark); }
    size
}

fn main() {
    let map = ["##..#", "#...#", "..#..", ".###.", "....#"];
    let mut grid: Vec<Vec<char>> = map.iter().map(|row| row.chars().collect()).collect();
    let mut sizes = Vec::new();
    let mut label = b'a';
    for r in 0..grid.len() {
        for c in 0..grid[r].len() {
            if grid[r][c] == '#' {
                sizes.push(fill(&mut grid, r, c, label as char));
                label += 1;
            }
        }
    }
    for row in &grid {
        println!("{}", row.iter().collect::<String>());
    }
    println!("islands: {}, sizes: {:?}", sizes.len(), sizes);
}
