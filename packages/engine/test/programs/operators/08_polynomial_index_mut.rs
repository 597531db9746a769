use std::ops::{Index, IndexMut};

// Coefficients from the constant term upward: c[0] + c[1] x + c[2] x^2 ...
#[derive(Debug)]
struct Polynomial {
    coeffs: Vec<i32>,
}

impl Polynomial {
    fn eval(&self, x: i32) -> i32 {
        // Horner's rule
        self.coeffs.iter().rev().fold(0, |acc, &c| acc * x + c)
    }
}

impl Index<usize> for Polynomial {
    type Output = i32;
    fn index(&self, power: usize) -> &i32 {
        &self.coeffs[power]
    }
}

impl IndexMut<usize> for Polynomial {
    fn index_mut(&mut self, power: usize) -> &mut i32 {
        // Grow the polynomial when writing a higher power.
        if power >= self.coeffs.len() {
            self.coeffs.resize(power + 1, 0);
        }
        &mut self.coeffs[power]
    }
}

fn main() {
    let mut p = Polynomial { coeffs: vec![1, 2] }; // 1 + 2x
    p[3] = 4; // now 1 + 2x + 0x^2 + 4x^3
    p[0] += 5;

    println!("coefficients: {:?}", p.coeffs);
    println!("degree-1 coefficient: {}", p[1]);
    for x in -2..=2 {
        println!("p({}) = {}", x, p.eval(x));
    }

    // Reading past the end still panics, because Index does not grow.
    let safe = p.coeffs.get(10).copied().unwrap_or(0);
    println!("coefficient of x^10: {}", safe);
}
