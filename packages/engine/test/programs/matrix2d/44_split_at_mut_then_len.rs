// Add the second row into the first, checking the length in the middle.
fn main() {
    let mut g = vec![vec![1, 1], vec![2, 2], vec![3, 3]];
    let (head, tail) = g.split_at_mut(1);
    let rows = g.len();
    for (a, b) in head[0].iter_mut().zip(&tail[0]) {
        *a += *b;
    }
    println!("{} rows: {:?}", rows, g);
}
