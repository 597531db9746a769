use std::ops::{Mul, MulAssign};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix2 {
    a: f64,
    b: f64,
    c: f64,
    d: f64,
}

impl Mul for Matrix2 {
    type Output = Matrix2;
    fn mul(self, r: Matrix2) -> Matrix2 {
        Matrix2 {
            a: self.a * r.a + self.b * r.c,
            b: self.a * r.b + self.b * r.d,
            c: self.c * r.a + self.d * r.c,
            d: self.c * r.b + self.d * r.d,
        }
    }
}

// m *= other, built on top of Mul
impl MulAssign for Matrix2 {
    fn mul_assign(&mut self, rhs: Matrix2) {
        *self = *self * rhs;
    }
}

// m *= 2.0 scales every entry
impl MulAssign<f64> for Matrix2 {
    fn mul_assign(&mut self, k: f64) {
        self.a *= k;
        self.b *= k;
        self.c *= k;
        self.d *= k;
    }
}

impl Matrix2 {
    fn det(&self) -> f64 {
        self.a * self.d - self.b * self.c
    }
}

fn main() {
    // 90 degree rotation
    let rot = Matrix2 { a: 0.0, b: -1.0, c: 1.0, d: 0.0 };
    let mut m = Matrix2 { a: 1.0, b: 0.0, c: 0.0, d: 1.0 };

    for step in 1..=4 {
        m *= rot;
        println!("after {} rotations: {:?}", step, m);
    }

    m *= 3.0;
    println!("scaled: {:?}, det = {}", m, m.det());

    let mut shear = Matrix2 { a: 1.0, b: 2.0, c: 0.0, d: 1.0 };
    shear *= shear;
    println!("shear squared: {:?}", shear);
}
