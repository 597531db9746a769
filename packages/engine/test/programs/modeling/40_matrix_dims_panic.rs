use std::ops::Mul;

#[derive(Debug, Clone)]
struct Matrix {
    rows: usize,
    cols: usize,
    cells: Vec<Vec<i32>>,
}

impl Matrix {
    fn from_rows(cells: Vec<Vec<i32>>) -> Matrix {
        let rows = cells.len();
        let cols = cells[0].len();
        assert!(cells.iter().all(|r| r.len() == cols), "ragged matrix");
        Matrix { rows, cols, cells }
    }
}

impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, rhs: &Matrix) -> Matrix {
        assert_eq!(self.cols, rhs.rows, "cannot multiply {}x{} by {}x{}", self.rows, self.cols, rhs.rows, rhs.cols);
        let cells = (0..self.rows)
            .map(|i| (0..rhs.cols).map(|j| (0..self.cols).map(|k| self.cells[i][k] * rhs.cells[k][j]).sum()).collect())
            .collect();
        Matrix { rows: self.rows, cols: rhs.cols, cells }
    }
}

fn show(name: &str, m: &Matrix) {
    println!("{} ({}x{}):", name, m.rows, m.cols);
    for row in &m.cells {
        println!("  {:?}", row);
    }
}

fn main() {
    let a = Matrix::from_rows(vec![vec![1, 2], vec![3, 4], vec![5, 6]]);
    let b = Matrix::from_rows(vec![vec![7, 8, 9], vec![10, 11, 12]]);
    show("A", &a);
    show("B", &b);
    let ab = &a * &b;
    show("A*B", &ab);
    let ba = &b * &a;
    show("B*A", &ba);
    // A is 3x2: multiplying A by itself breaks the dimension rule and panics
    let aa = &a * &a;
    show("A*A", &aa);
}
