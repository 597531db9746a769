// Mark every cell next to a '#' as '~' (student's first attempt)
const INPUT: &str = ".....
..#..
.....
....#";

fn main() {
    let mut grid: Vec<Vec<char>> = INPUT.lines().map(|l| l.chars().collect()).collect();
    let rows = grid.len();

    for (r, row) in grid.iter().enumerate() {
        for (c, &ch) in row.iter().enumerate() {
            if ch == '#' {
                if r + 1 < rows {
                    grid[r + 1][c] = '~';
                }
                if c > 0 {
                    grid[r][c - 1] = '~';
                }
            }
        }
    }

    let wet = grid.iter().flatten().filter(|&&ch| ch == '~').count();
    println!("Part 1: {}", wet);
    for row in &grid {
        println!("{}", row.iter().collect::<String>());
    }
}
