// Day 8: Treetop Tree House
fn main() {
    let input = "30373\n25512\n65332\n33549\n35390";
    let grid: Vec<Vec<u32>> = input
        .lines()
        .map(|line| line.chars().map(|ch| ch.to_digit(10).unwrap()).collect())
        .collect();
    let h = grid.len();
    let w = grid[0].len();

    let mut visible = 0;
    let mut best_score = 0;
    for r in 0..h {
        for c in 0..w {
            let tree = grid[r][c];
            let left: Vec<u32> = (0..c).rev().map(|x| grid[r][x]).collect();
            let right: Vec<u32> = (c + 1..w).map(|x| grid[r][x]).collect();
            let up: Vec<u32> = (0..r).rev().map(|y| grid[y][c]).collect();
            let down: Vec<u32> = (r + 1..h).map(|y| grid[y][c]).collect();
            let lines = [left, right, up, down];

            if lines.iter().any(|l| l.iter().all(|&t| t < tree)) {
                visible += 1;
            }

            let score: usize = lines
                .iter()
                .map(|l| match l.iter().position(|&t| t >= tree) {
                    Some(i) => i + 1,
                    None => l.len(),
                })
                .product();
            if score > best_score {
                best_score = score;
            }
        }
    }
    println!("visible trees: {}", visible);
    println!("best scenic score: {}", best_score);
}
