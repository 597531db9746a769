use std::ops::Add;

#[derive(Debug, Clone, PartialEq)]
struct Vector {
    data: Vec<f64>,
}

impl Vector {
    fn new(data: &[f64]) -> Self {
        Vector { data: data.to_vec() }
    }
}

// Adding two borrowed vectors does not consume either operand.
impl<'a> Add<&'a Vector> for &'a Vector {
    type Output = Vector;

    fn add(self, rhs: &'a Vector) -> Vector {
        assert_eq!(self.data.len(), rhs.data.len(), "length mismatch");
        let data = self
            .data
            .iter()
            .zip(rhs.data.iter())
            .map(|(a, b)| a + b)
            .collect();
        Vector { data }
    }
}

// And the owned version just forwards to the borrowed one.
impl Add for Vector {
    type Output = Vector;
    fn add(self, rhs: Vector) -> Vector {
        &self + &rhs
    }
}

fn main() {
    let u = Vector::new(&[1.0, 2.0, 3.0]);
    let v = Vector::new(&[0.5, 0.5, 0.5]);

    let w = &u + &v;
    println!("u + v = {:?}", w.data);
    println!("u is still {:?}", u.data);

    let twice = &w + &w;
    println!("2w = {:?}", twice.data);

    let owned = u.clone() + v;
    println!("owned sum = {:?}", owned.data);
    println!("equal? {}", owned == w);
}
