use std::fmt;

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl Matrix {
    fn new(rows: usize, cols: usize, data: Vec<f64>) -> Matrix {
        assert_eq!(data.len(), rows * cols, "data has wrong length");
        Matrix { rows, cols, data }
    }

    fn identity(n: usize) -> Matrix {
        let mut m = Matrix::new(n, n, vec![0.0; n * n]);
        for i in 0..n {
            m.data[i * n + i] = 1.0;
        }
        m
    }

    fn get(&self, r: usize, c: usize) -> f64 {
        self.data[r * self.cols + c]
    }

    fn transpose(&self) -> Matrix {
        let mut data = Vec::with_capacity(self.data.len());
        for c in 0..self.cols {
            for r in 0..self.rows {
                data.push(self.get(r, c));
            }
        }
        Matrix::new(self.cols, self.rows, data)
    }

    fn multiply(&self, other: &Matrix) -> Option<Matrix> {
        if self.cols != other.rows {
            return None;
        }
        let mut data = vec![0.0; self.rows * other.cols];
        for i in 0..self.rows {
            for j in 0..other.cols {
                data[i * other.cols + j] = (0..self.cols).map(|k| self.get(i, k) * other.get(k, j)).sum();
            }
        }
        Some(Matrix::new(self.rows, other.cols, data))
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:6.2}", self.get(r, c))).collect();
            writeln!(f, "[{}]", row.join(" "))?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::new(2, 3, vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    let b = Matrix::new(3, 2, vec![0.5, -1.0, 1.5, 2.0, -0.5, 0.25]);
    println!("A =\n{}", a);
    println!("A^T =\n{}", a.transpose());
    match a.multiply(&b) {
        Some(p) => println!("A*B =\n{}", p),
        None => println!("A*B undefined"),
    }
    println!("A*A defined? {}", a.multiply(&a).is_some());
    let i3 = Matrix::identity(3);
    println!("A*I == A? {}", a.multiply(&i3).as_ref() == Some(&a));
    println!("(A^T)^T == A? {}", a.transpose().transpose() == a);
}
