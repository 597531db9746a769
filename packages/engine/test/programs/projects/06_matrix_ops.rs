use std::fmt;
use std::ops::{Add, Mul};

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<i64>,
}

impl Matrix {
    fn new(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![0; rows * cols] }
    }

    fn from_rows(rows: &[&[i64]]) -> Self {
        let r = rows.len();
        let c = rows[0].len();
        let mut m = Matrix::new(r, c);
        for (i, row) in rows.iter().enumerate() {
            assert_eq!(row.len(), c, "ragged row {}", i);
            for (j, &v) in row.iter().enumerate() {
                m.set(i, j, v);
            }
        }
        m
    }

    fn identity(n: usize) -> Self {
        let mut m = Matrix::new(n, n);
        for i in 0..n {
            m.set(i, i, 1);
        }
        m
    }

    fn get(&self, r: usize, c: usize) -> i64 {
        self.data[r * self.cols + c]
    }

    fn set(&mut self, r: usize, c: usize, v: i64) {
        self.data[r * self.cols + c] = v;
    }

    fn transpose(&self) -> Matrix {
        let mut t = Matrix::new(self.cols, self.rows);
        for r in 0..self.rows {
            for c in 0..self.cols {
                t.set(c, r, self.get(r, c));
            }
        }
        t
    }

    fn trace(&self) -> Option<i64> {
        if self.rows != self.cols {
            return None;
        }
        Some((0..self.rows).map(|i| self.get(i, i)).sum())
    }
}

impl Add for &Matrix {
    type Output = Matrix;
    fn add(self, other: &Matrix) -> Matrix {
        assert!(self.rows == other.rows && self.cols == other.cols, "shape mismatch in add");
        let data = self.data.iter().zip(&other.data).map(|(a, b)| a + b).collect();
        Matrix { rows: self.rows, cols: self.cols, data }
    }
}

impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, other: &Matrix) -> Matrix {
        assert_eq!(self.cols, other.rows, "cannot multiply {}x{} by {}x{}", self.rows, self.cols, other.rows, other.cols);
        let mut out = Matrix::new(self.rows, other.cols);
        for i in 0..self.rows {
            for j in 0..other.cols {
                let mut sum = 0;
                for k in 0..self.cols {
                    sum += self.get(i, k) * other.get(k, j);
                }
                out.set(i, j, sum);
            }
        }
        out
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:>4}", self.get(r, c))).collect();
            writeln!(f, "[{}]", row.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from_rows(&[&[1, 2, 3], &[4, 5, 6]]);
    let b = Matrix::from_rows(&[&[7, 8], &[9, 10], &[11, 12]]);
    println!("A =\n{}", a);
    println!("B =\n{}", b);
    let ab = &a * &b;
    println!("A * B =\n{}", ab);
    println!("A^T =\n{}", a.transpose());
    println!("A + A =\n{}", &a + &a);
    let i2 = Matrix::identity(2);
    println!("AB * I == AB? {}", &ab * &i2 == ab);
    println!("trace(AB) = {:?}, trace(A) = {:?}", ab.trace(), a.trace());

    let mut p = Matrix::identity(2);
    let fib = Matrix::from_rows(&[&[1, 1], &[1, 0]]);
    for _ in 0..10 {
        p = &p * &fib;
    }
    println!("fib^10 =\n{}", p);
}
