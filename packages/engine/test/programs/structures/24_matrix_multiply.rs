// Matrix multiplication with dimension checks, identity and power.
type Matrix = Vec<Vec<i64>>;

fn multiply(a: &Matrix, b: &Matrix) -> Result<Matrix, String> {
    let n = a.len();
    let m = b.len();
    if n == 0 || m == 0 || a[0].len() != m {
        return Err(format!("cannot multiply {}x{} by {}x{}", n, a.first().map_or(0, |r| r.len()), m, b.first().map_or(0, |r| r.len())));
    }
    let p = b[0].len();
    let mut out = vec![vec![0; p]; n];
    for i in 0..n {
        for j in 0..p {
            let mut acc = 0;
            for k in 0..m {
                acc += a[i][k] * b[k][j];
            }
            out[i][j] = acc;
        }
    }
    Ok(out)
}

fn identity(n: usize) -> Matrix {
    let mut m = vec![vec![0; n]; n];
    for i in 0..n {
        m[i][i] = 1;
    }
    m
}

fn power(base: &Matrix, mut exp: u32) -> Matrix {
    let mut result = identity(base.len());
    let mut b = base.clone();
    while exp > 0 {
        if exp & 1 == 1 {
            result = multiply(&result, &b).unwrap();
        }
        b = multiply(&b, &b).unwrap();
        exp >>= 1;
    }
    result
}

fn main() {
    let a: Matrix = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let b: Matrix = vec![vec![7, 8], vec![9, 10], vec![11, 12]];
    println!("a*b = {:?}", multiply(&a, &b));
    println!("b*a = {:?}", multiply(&b, &a));
    println!("a*a = {:?}", multiply(&a, &a));
    let fib = vec![vec![1, 1], vec![1, 0]];
    for n in [1, 2, 10, 30, 50] {
        let p = power(&fib, n);
        println!("fib({}) = {}", n, p[0][1]);
    }
    let i3 = identity(3);
    let sq = vec![vec![2, 0, 1], vec![1, 3, 0], vec![0, 1, 4]];
    println!("I*sq == sq? {}", multiply(&i3, &sq).unwrap() == sq);
}
