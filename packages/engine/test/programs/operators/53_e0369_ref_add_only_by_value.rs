use std::ops::Add;

#[derive(Debug, Clone)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

// Only the by-value version is implemented.
impl Add for Matrix {
    type Output = Matrix;
    fn add(self, rhs: Matrix) -> Matrix {
        let data = self.data.iter().zip(&rhs.data).map(|(a, b)| a + b).collect();
        Matrix { rows: self.rows, cols: self.cols, data }
    }
}

fn main() {
    let a = Matrix { rows: 2, cols: 2, data: vec![1.0, 2.0, 3.0, 4.0] };
    let b = Matrix { rows: 2, cols: 2, data: vec![0.5; 4] };

    // Trying to keep a and b by adding references.
    let c = &a + &b;
    println!("{:?}", c);
    println!("a still here: {:?}", a.data);
}
