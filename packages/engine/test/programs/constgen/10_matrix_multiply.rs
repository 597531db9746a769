// Multiplication only type-checks when the inner dimensions agree.
struct Matrix<const R: usize, const C: usize>([[i64; C]; R]);

fn multiply<const R: usize, const K: usize, const C: usize>(
    a: &Matrix<R, K>,
    b: &Matrix<K, C>,
) -> Matrix<R, C> {
    let mut out = [[0; C]; R];
    for i in 0..R {
        for j in 0..C {
            for k in 0..K {
                out[i][j] += a.0[i][k] * b.0[k][j];
            }
        }
    }
    Matrix(out)
}

fn main() {
    let a = Matrix([[1, 2, 3], [4, 5, 6]]); // 2x3
    let b = Matrix([[7, 8], [9, 10], [11, 12]]); // 3x2
    let c = multiply(&a, &b); // 2x2
    for row in &c.0 {
        println!("{:?}", row);
    }
    let d = multiply(&b, &a); // 3x3
    println!("d has {} rows of {}", d.0.len(), d.0[0].len());
    println!("trace of d = {}", d.0[0][0] + d.0[1][1] + d.0[2][2]);
}
