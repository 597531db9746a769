// Lab 5, exercise 2: a matrix stored row-major in one Vec<f64>.
// Index<(usize, usize)> gives m[(r, c)]; IndexMut makes it assignable.
use std::ops::{Index, IndexMut};

struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![0.0; rows * cols] }
    }

    fn identity(n: usize) -> Self {
        let mut m = Matrix::zeros(n, n);
        for i in 0..n {
            m[(i, i)] = 1.0;
        }
        m
    }

    fn print(&self, name: &str) {
        println!("{} ({}x{}):", name, self.rows, self.cols);
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:5.1}", self[(r, c)])).collect();
            println!("  [{}]", row.join(" "));
        }
    }
}

impl Index<(usize, usize)> for Matrix {
    type Output = f64;
    fn index(&self, (r, c): (usize, usize)) -> &f64 {
        assert!(r < self.rows && c < self.cols, "index out of range");
        &self.data[r * self.cols + c]
    }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut f64 {
        assert!(r < self.rows && c < self.cols, "index out of range");
        &mut self.data[r * self.cols + c]
    }
}

fn main() {
    let mut m = Matrix::zeros(2, 3);
    for r in 0..2 {
        for c in 0..3 {
            m[(r, c)] = (r * 3 + c) as f64;
        }
    }
    m[(1, 2)] *= 10.0;
    m.print("m");

    let id = Matrix::identity(3);
    id.print("identity");

    let cell = &mut m[(0, 1)];
    *cell += 0.5;
    println!("m[(0, 1)] = {}", m[(0, 1)]);
    println!("backing vec len = {}", m.data.len());
}
