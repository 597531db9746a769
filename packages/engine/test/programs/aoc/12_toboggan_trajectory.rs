const MAP: &str = "\
..##.......
#...#...#..
.#....#..#.
..#.#...#.#
.#...##..#.
..#.##.....
.#.#.#....#
.#........#
#.##...#...
#...##....#
.#..#...#.#";

fn trees_on_slope(grid: &[Vec<char>], right: usize, down: usize) -> u64 {
    let width = grid[0].len();
    let mut col = 0;
    let mut row = 0;
    let mut trees = 0;
    while row < grid.len() {
        if grid[row][col % width] == '#' {
            trees += 1;
        }
        col += right;
        row += down;
    }
    trees
}

fn main() {
    let grid: Vec<Vec<char>> = MAP.lines().map(|l| l.chars().collect()).collect();
    println!("grid is {} x {}", grid.len(), grid[0].len());

    println!("Part 1: {}", trees_on_slope(&grid, 3, 1));

    let slopes = [(1, 1), (3, 1), (5, 1), (7, 1), (1, 2)];
    let mut product = 1u64;
    for (r, d) in slopes {
        let t = trees_on_slope(&grid, r, d);
        println!("  right {} down {} -> {}", r, d, t);
        product *= t;
    }
    println!("Part 2: {}", product);
}
