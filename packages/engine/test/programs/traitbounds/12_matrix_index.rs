use std::ops::{Index, IndexMut, Mul};

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Matrix {
        Matrix { rows, cols, data: vec![0.0; rows * cols] }
    }

    fn identity(n: usize) -> Matrix {
        let mut m = Matrix::zeros(n, n);
        for i in 0..n {
            m[(i, i)] = 1.0;
        }
        m
    }

    fn print(&self) {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:5.1}", self[(r, c)])).collect();
            println!("[{}]", row.join(" "));
        }
    }
}

impl Index<(usize, usize)> for Matrix {
    type Output = f64;
    fn index(&self, (r, c): (usize, usize)) -> &f64 {
        &self.data[r * self.cols + c]
    }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut f64 {
        &mut self.data[r * self.cols + c]
    }
}

impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, rhs: &Matrix) -> Matrix {
        assert_eq!(self.cols, rhs.rows, "dimension mismatch");
        let mut out = Matrix::zeros(self.rows, rhs.cols);
        for i in 0..self.rows {
            for j in 0..rhs.cols {
                for k in 0..self.cols {
                    out[(i, j)] += self[(i, k)] * rhs[(k, j)];
                }
            }
        }
        out
    }
}

fn main() {
    let mut a = Matrix::zeros(2, 3);
    let mut v = 1.0;
    for r in 0..2 {
        for c in 0..3 {
            a[(r, c)] = v;
            v += 1.0;
        }
    }
    a.print();
    let i3 = Matrix::identity(3);
    let same = &a * &i3;
    println!("a * I == a: {}", same == a);
    let mut b = Matrix::zeros(3, 2);
    b[(0, 1)] = 2.0;
    b[(2, 0)] = -1.0;
    (&a * &b).print();
}
