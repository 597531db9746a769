// A matrix whose shape is part of its type.
#[derive(Debug, Clone, Copy)]
struct Matrix<const R: usize, const C: usize> {
    data: [[i32; C]; R],
}

impl<const R: usize, const C: usize> Matrix<R, C> {
    fn new(data: [[i32; C]; R]) -> Self {
        Matrix { data }
    }

    // Transposing swaps the dimensions in the type too.
    fn transpose(&self) -> Matrix<C, R> {
        let mut out = [[0; R]; C];
        for r in 0..R {
            for c in 0..C {
                out[c][r] = self.data[r][c];
            }
        }
        Matrix { data: out }
    }

    fn shape(&self) -> (usize, usize) {
        (R, C)
    }
}

fn main() {
    let m = Matrix::new([[1, 2, 3], [4, 5, 6]]);
    let t = m.transpose();
    println!("m shape = {:?}", m.shape());
    println!("t shape = {:?}", t.shape());
    for row in t.data.iter() {
        println!("{:?}", row);
    }
}
