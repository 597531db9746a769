// Student mistake: two &mut into the same Vec to swap matrix rows by hand.
fn main() {
    let mut m = vec![vec![1, 2], vec![3, 4], vec![5, 6]];
    let a = &mut m[0];
    let b = &mut m[2];
    std::mem::swap(a, b);
    println!("{:?}", m);
}
