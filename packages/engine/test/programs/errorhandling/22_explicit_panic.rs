struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl Matrix {
    fn new(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![0.0; rows * cols] }
    }

    fn set(&mut self, r: usize, c: usize, v: f64) {
        if r >= self.rows || c >= self.cols {
            panic!("index ({}, {}) out of bounds for {}x{} matrix", r, c, self.rows, self.cols);
        }
        self.data[r * self.cols + c] = v;
    }

    fn trace(&self) -> f64 {
        (0..self.rows.min(self.cols)).map(|i| self.data[i * self.cols + i]).sum()
    }
}

fn main() {
    let mut m = Matrix::new(2, 2);
    m.set(0, 0, 1.5);
    m.set(1, 1, 2.5);
    println!("trace = {}", m.trace());
    m.set(2, 0, 9.0);
    println!("unreachable");
}
