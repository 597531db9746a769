// Print each row, then report the number of rows.
fn main() {
    let grid = vec![vec![0u8; 3]; 2];
    for row in grid {
        println!("{:?}", row);
    }
    println!("{} rows", grid.len());
}
