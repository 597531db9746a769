// Recursive flood fill on a small grid (like the paint bucket tool).
fn flood_fill(grid: &mut Vec<Vec<char>>, row: usize, col: usize, target: char, replacement: char) -> usize {
    if grid[row][col] != target || target == replacement {
        return 0;
    }
    grid[row][col] = replacement;
    let mut filled = 1;
    if row > 0 {
        filled += flood_fill(grid, row - 1, col, target, replacement);
    }
    if row + 1 < grid.len() {
        filled += flood_fill(grid, row + 1, col, target, replacement);
    }
    if col > 0 {
        filled += flood_fill(grid, row, col - 1, target, replacement);
    }
    if col + 1 < grid[row].len() {
        filled += flood_fill(grid, row, col + 1, target, replacement);
    }
    filled
}

fn print_grid(grid: &[Vec<char>]) {
    for row in grid {
        let line: String = row.iter().collect();
        println!("{}", line);
    }
}

fn main() {
    let picture = [
        "..##....",
        "..#..#..",
        "###..###",
        "....#...",
        "..###...",
    ];
    let mut grid: Vec<Vec<char>> = picture.iter().map(|r| r.chars().collect()).collect();
    print_grid(&grid);

    let n = flood_fill(&mut grid, 0, 0, '.', 'o');
    println!("filled {} cells from (0,0)", n);
    let m = flood_fill(&mut grid, 1, 3, '.', '~');
    println!("filled {} cells from (1,3)", m);
    print_grid(&grid);

    let again = flood_fill(&mut grid, 0, 0, '.', 'o');
    println!("filling again: {}", again);
}
