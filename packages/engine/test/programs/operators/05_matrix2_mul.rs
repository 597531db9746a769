use std::ops::Mul;

// A 2x2 matrix stored row by row.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix2 {
    m: [[i64; 2]; 2],
}

impl Matrix2 {
    fn identity() -> Self {
        Matrix2 { m: [[1, 0], [0, 1]] }
    }
}

impl Mul for Matrix2 {
    type Output = Matrix2;

    fn mul(self, rhs: Matrix2) -> Matrix2 {
        let mut out = [[0; 2]; 2];
        for i in 0..2 {
            for j in 0..2 {
                for k in 0..2 {
                    out[i][j] += self.m[i][k] * rhs.m[k][j];
                }
            }
        }
        Matrix2 { m: out }
    }
}

// Fast exponentiation by squaring.
fn power(mut base: Matrix2, mut exp: u32) -> Matrix2 {
    let mut result = Matrix2::identity();
    while exp > 0 {
        if exp % 2 == 1 {
            result = result * base;
        }
        base = base * base;
        exp /= 2;
    }
    result
}

fn main() {
    // [[1,1],[1,0]]^n contains Fibonacci numbers.
    let fib = Matrix2 { m: [[1, 1], [1, 0]] };
    for n in [1, 2, 5, 10, 20, 50] {
        let p = power(fib, n);
        println!("fib({}) = {}", n, p.m[0][1]);
    }
    println!("identity check: {}", fib * Matrix2::identity() == fib);
}
