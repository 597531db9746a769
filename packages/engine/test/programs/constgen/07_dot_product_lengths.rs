// Both vectors must have the same length N.
fn dot<const N: usize>(a: [f64; N], b: [f64; N]) -> f64 {
    let mut acc = 0.0;
    for i in 0..N {
        acc += a[i] * b[i];
    }
    acc
}

fn main() {
    let u = [1.0, 2.0, 3.0];
    let v = [4.0, 5.0, 6.0];
    println!("u . v = {}", dot(u, v));

    let w = [1.0, 1.0];
    println!("u . w = {}", dot(u, w));
}
