// Count walls and open tiles in a small maze (student version)
const MAZE: &str = "#########
#..#....#
#.##.##.#
#....#..#
#########";

fn main() {
    let grid: Vec<Vec<char>> = MAZE.lines().map(|l| l.chars().collect()).collect();

    let mut walls = 0;
    let mut open = 0;
    for row in &grid {
        for &cell in row {
            if cell == "#" {
                walls += 1;
            } else {
                open += 1;
            }
        }
    }
    println!("Part 1: {} walls", walls);
    println!("Part 2: {} open tiles", open);
}
