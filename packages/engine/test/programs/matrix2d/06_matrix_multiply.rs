// Naive matrix multiplication with dimension check.
fn multiply(a: &[Vec<f64>], b: &[Vec<f64>]) -> Option<Vec<Vec<f64>>> {
    let n = a.len();
    let m = b.len();
    if a[0].len() != m {
        return None;
    }
    let p = b[0].len();
    let mut out = vec![vec![0.0; p]; n];
    for i in 0..n {
        for j in 0..p {
            for k in 0..m {
                out[i][j] += a[i][k] * b[k][j];
            }
        }
    }
    Some(out)
}

fn main() {
    let a = vec![vec![1.0, 2.0, 3.0], vec![4.0, 5.0, 6.0]];
    let b = vec![vec![7.0, 8.0], vec![9.0, 10.0], vec![11.0, 12.0]];
    match multiply(&a, &b) {
        Some(c) => {
            for row in c {
                println!("{:?}", row);
            }
        }
        None => println!("shape mismatch"),
    }
    println!("{:?}", multiply(&a, &a).is_none());
}
