use std::ops::Mul;

// A small fixed-size Matrix type with Mul.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Mat2([[i64; 2]; 2]);

impl Mul for Mat2 {
    type Output = Mat2;
    fn mul(self, o: Mat2) -> Mat2 {
        let a = self.0;
        let b = o.0;
        Mat2([
            [a[0][0] * b[0][0] + a[0][1] * b[1][0], a[0][0] * b[0][1] + a[0][1] * b[1][1]],
            [a[1][0] * b[0][0] + a[1][1] * b[1][0], a[1][0] * b[0][1] + a[1][1] * b[1][1]],
        ])
    }
}

fn power(m: Mat2, mut n: u32) -> Mat2 {
    let mut result = Mat2([[1, 0], [0, 1]]);
    let mut base = m;
    while n > 0 {
        if n & 1 == 1 {
            result = result * base;
        }
        base = base * base;
        n >>= 1;
    }
    result
}

fn main() {
    // Fibonacci numbers via matrix powers
    let fib = Mat2([[1, 1], [1, 0]]);
    for n in [1, 5, 10, 30] {
        println!("fib({}) = {}", n, power(fib, n).0[0][1]);
    }
    println!("{:?}", fib * fib);
}
