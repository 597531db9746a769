// A generic 2x2 matrix that can be added whenever its elements can.
use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix<T> {
    data: [[T; 2]; 2],
}

impl<T: Add<Output = T> + Copy> Add for Matrix<T> {
    type Output = Matrix<T>;

    fn add(self, other: Matrix<T>) -> Matrix<T> {
        let mut data = self.data;
        for r in 0..2 {
            for c in 0..2 {
                data[r][c] = self.data[r][c] + other.data[r][c];
            }
        }
        Matrix { data }
    }
}

fn main() {
    let a = Matrix { data: [[1, 2], [3, 4]] };
    let b = Matrix { data: [[10, 20], [30, 40]] };
    let c = a + b;
    println!("{:?}", c);

    let f = Matrix { data: [[0.5, 1.5], [2.0, 0.25]] };
    let g = f + f;
    println!("{:?}", g);
    println!("a still usable (Copy): {:?}", a.data[1]);
    println!("c == a + b? {}", c == a + b);
}
