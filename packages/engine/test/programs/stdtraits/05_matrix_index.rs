use std::ops::{Index, IndexMut};

struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<i32>,
}

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![0; rows * cols] }
    }
}

impl Index<(usize, usize)> for Matrix {
    type Output = i32;
    fn index(&self, (r, c): (usize, usize)) -> &i32 {
        &self.data[r * self.cols + c]
    }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i32 {
        &mut self.data[r * self.cols + c]
    }
}

fn main() {
    let mut m = Matrix::zeros(3, 4);
    for r in 0..m.rows {
        for c in 0..m.cols {
            m[(r, c)] = (r * 10 + c) as i32;
        }
    }
    m[(1, 1)] *= -1;
    m[(2, 3)] += 100;

    for r in 0..m.rows {
        let row: Vec<String> = (0..m.cols).map(|c| format!("{:4}", m[(r, c)])).collect();
        println!("{}", row.join(""));
    }
    let trace: i32 = (0..3).map(|i| m[(i, i)]).sum();
    println!("trace = {}", trace);
}
