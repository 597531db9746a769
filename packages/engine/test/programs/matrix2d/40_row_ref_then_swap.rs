// Hold a row mutably, then swap rows before using it.
fn main() {
    let mut g = vec![vec![1], vec![2], vec![3]];
    let top = &mut g[0];
    g.swap(0, 2);
    top.push(100);
    println!("{:?}", g);
}
