// Mirror the grid by appending reversed copies of each row.
fn main() {
    let mut grid = vec![vec!['a', 'b'], vec!['c', 'd']];
    for row in &grid {
        let mut rev = row.clone();
        rev.reverse();
        grid.push(rev);
    }
    println!("{:?}", grid);
}
