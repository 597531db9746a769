// Lab 9, exercise 3: matrix multiply and transpose with Index.
// The result is a new matrix; the inputs are only borrowed.
use std::ops::{Index, IndexMut};

#[derive(Clone, PartialEq, Debug)]
struct Mat {
    n: usize,
    m: usize,
    cells: Vec<i64>,
}

impl Index<[usize; 2]> for Mat {
    type Output = i64;
    fn index(&self, [r, c]: [usize; 2]) -> &i64 {
        &self.cells[r * self.m + c]
    }
}

impl IndexMut<[usize; 2]> for Mat {
    fn index_mut(&mut self, [r, c]: [usize; 2]) -> &mut i64 {
        &mut self.cells[r * self.m + c]
    }
}

impl Mat {
    fn from_rows(rows: &[&[i64]]) -> Mat {
        let n = rows.len();
        let m = rows[0].len();
        let mut cells = Vec::with_capacity(n * m);
        for row in rows {
            cells.extend_from_slice(row);
        }
        Mat { n, m, cells }
    }

    fn transpose(&self) -> Mat {
        let mut t = Mat { n: self.m, m: self.n, cells: vec![0; self.cells.len()] };
        for r in 0..self.n {
            for c in 0..self.m {
                t[[c, r]] = self[[r, c]];
            }
        }
        t
    }

    fn mul(&self, other: &Mat) -> Mat {
        assert_eq!(self.m, other.n, "shape mismatch");
        let mut out = Mat { n: self.n, m: other.m, cells: vec![0; self.n * other.m] };
        for r in 0..self.n {
            for c in 0..other.m {
                for k in 0..self.m {
                    out[[r, c]] += self[[r, k]] * other[[k, c]];
                }
            }
        }
        out
    }
}

fn main() {
    let a = Mat::from_rows(&[&[1, 2, 3], &[4, 5, 6]]);
    let at = a.transpose();
    println!("a  = {:?}", a.cells);
    println!("aT = {:?} ({}x{})", at.cells, at.n, at.m);

    let p = a.mul(&at);
    println!("a * aT = {:?} ({}x{})", p.cells, p.n, p.m);
    println!("symmetric: {}", p == p.transpose());
    println!("aT * a shape = {}x{}", at.mul(&a).n, at.mul(&a).m);

    println!("now a shape mismatch:");
    let bad = a.mul(&a);
    println!("unreachable {:?}", bad);
}
