// Try to copy row 0 into row 1 by borrowing both rows mutably.
fn main() {
    let mut g = vec![vec![1, 2, 3], vec![0, 0, 0]];
    let a = &mut g[0];
    let b = &mut g[1];
    for (x, y) in a.iter_mut().zip(b.iter_mut()) {
        *y = *x * 2;
    }
    println!("{:?}", g);
}
