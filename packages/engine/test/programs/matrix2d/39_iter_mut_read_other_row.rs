// Make every row start with the same value as the first row.
fn main() {
    let mut g = vec![vec![9, 1], vec![2, 3], vec![4, 5]];
    for row in g.iter_mut() {
        row[0] = g[0][0];
    }
    println!("{:?}", g);
}
