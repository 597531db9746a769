// Week project: square matrices with const generics and operator overloading.
use std::fmt;
use std::ops::{AddAssign, Mul, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Mat<const N: usize> {
    m: [[i32; N]; N],
}

impl<const N: usize> Mat<N> {
    fn zero() -> Self {
        Mat { m: [[0; N]; N] }
    }

    fn identity() -> Self {
        let mut out = Self::zero();
        for i in 0..N {
            out.m[i][i] = 1;
        }
        out
    }

    fn trace(&self) -> i32 {
        (0..N).map(|i| self.m[i][i]).sum()
    }

    fn is_symmetric(&self) -> bool {
        (0..N).all(|i| (0..i).all(|j| self.m[i][j] == self.m[j][i]))
    }

    fn map(self, f: impl Fn(i32) -> i32) -> Self {
        let mut out = self;
        for row in out.m.iter_mut() {
            for x in row.iter_mut() {
                *x = f(*x);
            }
        }
        out
    }
}

impl Mat<2> {
    fn det(&self) -> i32 {
        self.m[0][0] * self.m[1][1] - self.m[0][1] * self.m[1][0]
    }
}

impl Mat<3> {
    fn det(&self) -> i32 {
        let m = &self.m;
        m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
    }
}

impl<const N: usize> Mul for Mat<N> {
    type Output = Mat<N>;
    fn mul(self, rhs: Mat<N>) -> Mat<N> {
        let mut out = Mat::zero();
        for i in 0..N {
            for j in 0..N {
                for k in 0..N {
                    out.m[i][j] += self.m[i][k] * rhs.m[k][j];
                }
            }
        }
        out
    }
}

impl<const N: usize> Mul<[i32; N]> for Mat<N> {
    type Output = [i32; N];
    fn mul(self, v: [i32; N]) -> [i32; N] {
        let mut out = [0; N];
        for i in 0..N {
            out[i] = (0..N).map(|k| self.m[i][k] * v[k]).sum();
        }
        out
    }
}

impl<const N: usize> Sub for Mat<N> {
    type Output = Mat<N>;
    fn sub(mut self, rhs: Mat<N>) -> Mat<N> {
        for i in 0..N {
            for j in 0..N {
                self.m[i][j] -= rhs.m[i][j];
            }
        }
        self
    }
}

impl<const N: usize> AddAssign for Mat<N> {
    fn add_assign(&mut self, rhs: Mat<N>) {
        for (row, other) in self.m.iter_mut().zip(rhs.m.iter()) {
            for (a, b) in row.iter_mut().zip(other) {
                *a += b;
            }
        }
    }
}

impl<const N: usize> fmt::Display for Mat<N> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in &self.m {
            writeln!(f, "{:?}", row)?;
        }
        Ok(())
    }
}

fn main() {
    let rot = Mat::<2> { m: [[0, -1], [1, 0]] };
    let mut r = Mat::<2>::identity();
    for quarter in 1..=4 {
        r = r * rot;
        println!("rotate {} quarter(s): {:?} -> {:?}", quarter, [1, 2], r * [1, 2]);
    }
    println!("rot^4 is identity: {}", r == Mat::identity());
    println!("det(rot) = {}", rot.det());

    let a = Mat::<3> { m: [[2, 0, 1], [1, 3, 2], [1, 1, 1]] };
    let b = a.map(|x| x * x);
    println!("A =\n{}A squared elementwise =\n{}", a, b);
    println!("det(A) = {}, trace(A) = {}", a.det(), a.trace());
    println!("A - A = zero? {}", a - a == Mat::zero());

    let mut acc = Mat::<3>::zero();
    for _ in 0..3 {
        acc += a;
    }
    println!("A + A + A =\n{}", acc);
    let sym = a * Mat { m: [[2, 1, 1], [0, 3, 1], [1, 2, 1]] };
    println!("A * A^T symmetric? {}  trace {}", sym.is_symmetric(), sym.trace());
}
