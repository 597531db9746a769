use std::ops::{Add, Sub};

// Vector owns heap data, so it is NOT Copy.
#[derive(Debug, Clone, PartialEq)]
struct Vector {
    items: Vec<f64>,
}

// Adding two references produces a new Vector without consuming either input.
impl Add<&Vector> for &Vector {
    type Output = Vector;

    fn add(self, rhs: &Vector) -> Vector {
        let items = self
            .items
            .iter()
            .zip(rhs.items.iter())
            .map(|(a, b)| a + b)
            .collect();
        Vector { items }
    }
}

impl Sub<&Vector> for &Vector {
    type Output = Vector;

    fn sub(self, rhs: &Vector) -> Vector {
        let items = self
            .items
            .iter()
            .zip(&rhs.items)
            .map(|(a, b)| a - b)
            .collect();
        Vector { items }
    }
}

fn main() {
    let v = Vector { items: vec![1.0, 2.0, 3.0] };
    let w = Vector { items: vec![0.5, 0.5, 0.5] };

    let sum = &v + &w;
    let diff = &v - &w;

    // v and w were only borrowed, so we can still print them.
    println!("v    = {:?}", v.items);
    println!("w    = {:?}", w.items);
    println!("sum  = {:?}", sum.items);
    println!("diff = {:?}", diff.items);

    let back = &diff + &w;
    println!("diff + w == v? {}", back == v);
}
