use std::ops::Add;

#[derive(Debug, Clone)]
struct Polynomial {
    coeffs: Vec<i64>,
}

impl Add for Polynomial {
    type Output = Polynomial;
    fn add(self, other: Polynomial) -> Polynomial {
        let n = self.coeffs.len().max(other.coeffs.len());
        let coeffs = (0..n)
            .map(|i| self.coeffs.get(i).unwrap_or(&0) + other.coeffs.get(i).unwrap_or(&0))
            .collect();
        Polynomial { coeffs }
    }
}

fn main() {
    let p = Polynomial { coeffs: vec![1, 2, 3] };
    let q = Polynomial { coeffs: vec![0, -2] };
    let r = &p + &q;
    println!("{:?} + {:?} = {:?}", p, q, r);
}
