use std::ops::Add;

// A polynomial owns a Vec, so it is not Copy.
#[derive(Debug)]
struct Poly {
    coeffs: Vec<i32>,
}

impl Add for Poly {
    type Output = Poly;
    fn add(self, rhs: Poly) -> Poly {
        let n = self.coeffs.len().max(rhs.coeffs.len());
        let mut out = vec![0; n];
        for (i, c) in self.coeffs.iter().enumerate() {
            out[i] += c;
        }
        for (i, c) in rhs.coeffs.iter().enumerate() {
            out[i] += c;
        }
        Poly { coeffs: out }
    }
}

fn main() {
    let p = Poly { coeffs: vec![1, 2, 3] };
    let q = Poly { coeffs: vec![0, 5] };

    let sum = p + q;
    println!("sum = {:?}", sum);
    // add takes self by value, so p was moved into the addition.
    println!("p was {:?}", p);
}
