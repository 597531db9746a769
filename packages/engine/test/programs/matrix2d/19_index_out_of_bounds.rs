// Reading past the last row panics.
fn main() {
    let grid = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let rows = grid.len();
    println!("rows = {}", rows);
    // off-by-one: should be rows - 1
    let last = &grid[rows];
    println!("{:?}", last);
}
