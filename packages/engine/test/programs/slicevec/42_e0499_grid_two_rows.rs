// Copying one row of a grid into another with two &mut rows.
fn main() {
    let mut grid = vec![vec![0; 4]; 3];
    grid[0] = vec![1, 2, 3, 4];

    let src = &mut grid[0];
    let dst = &mut grid[2];
    dst.copy_from_slice(src);
    src.fill(0);

    for row in &grid {
        println!("{:?}", row);
    }
}
