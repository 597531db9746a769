// Week project: a small matrix type with operator overloading.
use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul, Neg};

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<i64>,
}

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Matrix {
        Matrix { rows, cols, data: vec![0; rows * cols] }
    }

    fn identity(n: usize) -> Matrix {
        let mut m = Matrix::zeros(n, n);
        for i in 0..n {
            m[(i, i)] = 1;
        }
        m
    }

    fn from_rows(rows: &[&[i64]]) -> Matrix {
        let cols = rows[0].len();
        let mut data = Vec::with_capacity(rows.len() * cols);
        for r in rows {
            assert_eq!(r.len(), cols, "ragged rows");
            data.extend_from_slice(r);
        }
        Matrix { rows: rows.len(), cols, data }
    }

    fn transpose(&self) -> Matrix {
        let mut t = Matrix::zeros(self.cols, self.rows);
        for r in 0..self.rows {
            for c in 0..self.cols {
                t[(c, r)] = self[(r, c)];
            }
        }
        t
    }

    fn pow(&self, mut exp: u32) -> Matrix {
        let mut result = Matrix::identity(self.rows);
        let mut base = self.clone();
        while exp > 0 {
            if exp % 2 == 1 {
                result = &result * &base;
            }
            base = &base * &base;
            exp /= 2;
        }
        result
    }
}

impl Index<(usize, usize)> for Matrix {
    type Output = i64;
    fn index(&self, (r, c): (usize, usize)) -> &i64 {
        &self.data[r * self.cols + c]
    }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i64 {
        &mut self.data[r * self.cols + c]
    }
}

impl Add for &Matrix {
    type Output = Matrix;
    fn add(self, other: &Matrix) -> Matrix {
        assert_eq!((self.rows, self.cols), (other.rows, other.cols));
        let data = self.data.iter().zip(&other.data).map(|(a, b)| a + b).collect();
        Matrix { rows: self.rows, cols: self.cols, data }
    }
}

impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, other: &Matrix) -> Matrix {
        assert_eq!(self.cols, other.rows, "shape mismatch");
        let mut out = Matrix::zeros(self.rows, other.cols);
        for i in 0..self.rows {
            for j in 0..other.cols {
                out[(i, j)] = (0..self.cols).map(|k| self[(i, k)] * other[(k, j)]).sum();
            }
        }
        out
    }
}

impl Mul<i64> for Matrix {
    type Output = Matrix;
    fn mul(mut self, k: i64) -> Matrix {
        for x in self.data.iter_mut() {
            *x *= k;
        }
        self
    }
}

impl Neg for Matrix {
    type Output = Matrix;
    fn neg(self) -> Matrix {
        self * -1
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:>4}", self[(r, c)])).collect();
            writeln!(f, "[{} ]", row.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from_rows(&[&[1, 2, 3], &[4, 5, 6]]);
    let b = Matrix::from_rows(&[&[7, 8], &[9, 10], &[11, 12]]);
    println!("A =\n{}", a);
    println!("A^T =\n{}", a.transpose());
    println!("A * B =\n{}", &a * &b);
    println!("A + A =\n{}", &a + &a);
    println!("-A * 2 =\n{}", -a.clone() * 2);

    let fib = Matrix::from_rows(&[&[1, 1], &[1, 0]]);
    for n in [1, 5, 10, 20] {
        println!("fib({}) = {}", n, fib.pow(n)[(0, 1)]);
    }
    let i3 = Matrix::identity(3);
    println!("B^T * I == B^T? {}", &b.transpose() * &i3 == b.transpose());
    println!("shape of B * A: {}x{}", (&b * &a).rows, (&b * &a).cols);
}
