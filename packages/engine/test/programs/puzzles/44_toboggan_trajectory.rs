const FOREST: &str = "..##.......
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

fn trees_on_slope(grid: &[Vec<char>], right: usize, down: usize) -> usize {
    let width = grid[0].len();
    grid.iter()
        .step_by(down)
        .enumerate()
        .filter(|(i, row)| row[(i * right) % width] == '#')
        .count()
}

fn main() {
    let grid: Vec<Vec<char>> = FOREST.lines().map(|l| l.chars().collect()).collect();
    println!("Part 1: {}", trees_on_slope(&grid, 3, 1));

    let slopes = [(1, 1), (3, 1), (5, 1), (7, 1), (1, 2)];
    let product = 1;
    for (right, down) in slopes {
        let trees = trees_on_slope(&grid, right, down);
        println!("slope {},{}: {} trees", right, down, trees);
        product *= trees;
    }
    println!("Part 2: {}", product);
}
