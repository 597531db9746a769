// Element-wise addition for a generic matrix stored row by row.
#[derive(Debug)]
struct Matrix<T> {
    rows: usize,
    cols: usize,
    data: Vec<T>,
}

impl<T: Copy> Matrix<T> {
    fn add(&self, other: &Matrix<T>) -> Matrix<T> {
        let mut data = Vec::with_capacity(self.data.len());
        for i in 0..self.data.len() {
            data.push(self.data[i] + other.data[i]);
        }
        Matrix { rows: self.rows, cols: self.cols, data }
    }
}

fn main() {
    let a = Matrix { rows: 2, cols: 2, data: vec![1, 2, 3, 4] };
    let b = Matrix { rows: 2, cols: 2, data: vec![10, 20, 30, 40] };
    println!("{:?}", a.add(&b));
}
