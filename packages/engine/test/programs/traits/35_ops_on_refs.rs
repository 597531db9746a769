// Operator overloading on references so values are not moved
use std::ops::{Add, Mul};

#[derive(Debug, Clone, PartialEq)]
struct Vector {
    v: Vec<f64>,
}

impl<'a> Add<&'a Vector> for &'a Vector {
    type Output = Vector;
    fn add(self, other: &Vector) -> Vector {
        Vector { v: self.v.iter().zip(&other.v).map(|(a, b)| a + b).collect() }
    }
}

impl Mul for &Vector {
    type Output = f64;
    fn mul(self, other: &Vector) -> f64 {
        self.v.iter().zip(other.v.iter()).map(|(a, b)| a * b).sum()
    }
}

impl Add for Vector {
    type Output = Vector;
    fn add(self, other: Vector) -> Vector {
        &self + &other
    }
}

fn main() {
    let a = Vector { v: vec![1.0, 2.0, 3.0] };
    let b = Vector { v: vec![0.5, 0.5, 0.5] };
    let c = &a + &b;
    println!("{:?}", c);
    println!("dot = {}", &a * &b);
    println!("a still usable: {:?}", a.v);
    let d = a.clone() + c.clone();
    println!("{:?}", d.v);
    let e = &(&a + &b) + &c;
    println!("{:?}", e.v);
    println!("{}", e == &c + &c);
}
