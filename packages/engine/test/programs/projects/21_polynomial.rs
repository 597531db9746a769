use std::fmt;
use std::ops::{Add, Mul, Neg, Sub};

/// Polynomial with integer coefficients; coeffs[i] is the coefficient of x^i.
#[derive(Debug, Clone, PartialEq)]
struct Poly {
    coeffs: Vec<i64>,
}

impl Poly {
    fn new(mut coeffs: Vec<i64>) -> Poly {
        while coeffs.len() > 1 && *coeffs.last().unwrap() == 0 {
            coeffs.pop();
        }
        if coeffs.is_empty() {
            coeffs.push(0);
        }
        Poly { coeffs }
    }

    fn degree(&self) -> usize {
        self.coeffs.len() - 1
    }

    fn eval(&self, x: i64) -> i64 {
        // Horner's method
        self.coeffs.iter().rev().fold(0, |acc, &c| acc * x + c)
    }

    fn derivative(&self) -> Poly {
        let c = self.coeffs.iter().enumerate().skip(1).map(|(i, &c)| c * i as i64).collect();
        Poly::new(c)
    }
}

impl Add for Poly {
    type Output = Poly;
    fn add(self, rhs: Poly) -> Poly {
        let n = self.coeffs.len().max(rhs.coeffs.len());
        let c = (0..n)
            .map(|i| self.coeffs.get(i).unwrap_or(&0) + rhs.coeffs.get(i).unwrap_or(&0))
            .collect();
        Poly::new(c)
    }
}

impl Neg for Poly {
    type Output = Poly;
    fn neg(self) -> Poly {
        Poly::new(self.coeffs.into_iter().map(|c| -c).collect())
    }
}

impl Sub for Poly {
    type Output = Poly;
    fn sub(self, rhs: Poly) -> Poly {
        self + (-rhs)
    }
}

impl Mul for &Poly {
    type Output = Poly;
    fn mul(self, rhs: &Poly) -> Poly {
        let mut c = vec![0; self.coeffs.len() + rhs.coeffs.len() - 1];
        for (i, a) in self.coeffs.iter().enumerate() {
            for (j, b) in rhs.coeffs.iter().enumerate() {
                c[i + j] += a * b;
            }
        }
        Poly::new(c)
    }
}

impl fmt::Display for Poly {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut first = true;
        for (i, &c) in self.coeffs.iter().enumerate().rev() {
            if c == 0 && !(first && i == 0) {
                continue;
            }
            let sign = if c < 0 { "-" } else { "+" };
            if first {
                if c < 0 { write!(f, "-")?; }
            } else {
                write!(f, " {} ", sign)?;
            }
            let a = c.abs();
            match (i, a) {
                (0, _) => write!(f, "{}", a)?,
                (1, 1) => write!(f, "x")?,
                (1, _) => write!(f, "{}x", a)?,
                (_, 1) => write!(f, "x^{}", i)?,
                _ => write!(f, "{}x^{}", a, i)?,
            }
            first = false;
        }
        Ok(())
    }
}

fn main() {
    let p = Poly::new(vec![1, -3, 0, 2]); // 2x^3 - 3x + 1
    let q = Poly::new(vec![-1, 1]); // x - 1
    println!("p(x) = {}   (degree {})", p, p.degree());
    println!("q(x) = {}", q);
    println!("p + q = {}", p.clone() + q.clone());
    println!("p - p = {}", p.clone() - p.clone());
    println!("p * q = {}", &p * &q);
    println!("p'(x) = {}", p.derivative());
    println!("p''(x) = {}", p.derivative().derivative());
    for x in -2..=2 {
        println!("  p({:>2}) = {:>4}   q({:>2}) = {:>2}", x, p.eval(x), x, q.eval(x));
    }
    let square = &q * &q;
    let cube = &square * &q;
    println!("(x - 1)^3 = {}", cube);
    println!("cube(1) = {}, is root: {}", cube.eval(1), cube.eval(1) == 0);
}
