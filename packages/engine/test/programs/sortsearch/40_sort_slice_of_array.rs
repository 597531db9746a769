// Sorting a fixed-size array and part of it.
fn main() {
    let mut grid = [9, 3, 7, 1, 8, 2, 6, 4, 5];
    grid[..3].sort();
    grid[3..6].sort_by(|a, b| b.cmp(a));
    println!("{:?}", grid);
    grid.sort();
    println!("{:?}", grid);
    let median = grid[grid.len() / 2];
    println!("median = {}", median);
    let (left, right) = grid.split_at(4);
    println!("{:?} | {:?}", left, right);
}
