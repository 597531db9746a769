// Index and IndexMut for a small matrix
use std::ops::{Index, IndexMut};

struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl Matrix {
    fn new(rows: usize, cols: usize) -> Matrix {
        Matrix { rows, cols, data: vec![0.0; rows * cols] }
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

fn main() {
    let mut m = Matrix::new(3, 3);
    for i in 0..3 {
        m[(i, i)] = 1.0;
    }
    m[(0, 2)] = 5.5;
    m[(2, 0)] += 2.0;
    for r in 0..m.rows {
        let mut line = String::new();
        for c in 0..m.cols {
            line.push_str(&format!("{:5.1}", m[(r, c)]));
        }
        println!("{}", line);
    }
    let trace: f64 = (0..3).map(|i| m[(i, i)]).sum();
    println!("trace = {}", trace);
    let cell = &mut m[(1, 2)];
    *cell = -1.0;
    println!("m[1][2] = {}", m[(1, 2)]);
}
