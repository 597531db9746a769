// Reading the vector's length while an iter_mut borrow is active.
fn main() {
    let mut weights = vec![2.0, 3.0, 5.0];
    for w in weights.iter_mut() {
        *w /= weights.len() as f64;
    }
    println!("{:?}", weights);
}
