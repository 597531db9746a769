// Count live cells, then print the grid.
fn count_alive(g: Vec<Vec<bool>>) -> usize {
    g.iter().map(|row| row.iter().filter(|&&a| a).count()).sum()
}

fn main() {
    let grid = vec![vec![true, false], vec![true, true]];
    let n = count_alive(grid);
    println!("alive: {}", n);
    for row in &grid {
        println!("{:?}", row);
    }
}
