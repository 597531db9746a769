// todo! with a message explains what is missing.
struct Matrix {
    n: usize,
}

impl Matrix {
    fn identity(n: usize) -> Matrix {
        Matrix { n }
    }
    fn determinant(&self) -> i64 {
        if self.n == 1 {
            return 1;
        }
        todo!("determinant for {}x{} matrices", self.n, self.n)
    }
}

fn main() {
    let small = Matrix::identity(1);
    println!("det of 1x1 = {}", small.determinant());
    let big = Matrix::identity(3);
    println!("det of 3x3 = {}", big.determinant());
}
