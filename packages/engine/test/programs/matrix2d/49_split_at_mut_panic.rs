// split_at_mut past the end of the grid panics.
fn main() {
    let mut rows = vec![vec![1, 2], vec![3, 4]];
    let mid = rows.len() + 1;
    println!("splitting at {}", mid);
    let (a, b) = rows.split_at_mut(mid);
    println!("{} {}", a.len(), b.len());
}
