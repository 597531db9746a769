// A square matrix whose size is part of its type.
use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix<T, const N: usize> {
    cells: [[T; N]; N],
}

impl<T: Copy + Default + Add<Output = T>, const N: usize> Matrix<T, N> {
    fn identity_like(one: T) -> Self {
        let mut cells = [[T::default(); N]; N];
        for i in 0..N {
            cells[i][i] = one;
        }
        Matrix { cells }
    }

    fn trace(&self) -> T {
        let mut sum = T::default();
        for i in 0..N {
            sum = sum + self.cells[i][i];
        }
        sum
    }

    fn transpose(&self) -> Self {
        let mut cells = self.cells;
        for r in 0..N {
            for c in 0..N {
                cells[c][r] = self.cells[r][c];
            }
        }
        Matrix { cells }
    }
}

fn main() {
    let m = Matrix { cells: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] };
    println!("trace = {}", m.trace());
    let t = m.transpose();
    for row in t.cells.iter() {
        println!("{:?}", row);
    }
    let id: Matrix<f64, 2> = Matrix::identity_like(1.0);
    println!("{:?} trace {}", id, id.trace());
    println!("symmetric? {}", m == t);
}
