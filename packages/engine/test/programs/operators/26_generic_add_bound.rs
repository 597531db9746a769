use std::ops::{Add, Mul};

// A generic function that works for any type supporting + and *.
fn dot<T>(a: &[T], b: &[T]) -> T
where
    T: Add<Output = T> + Mul<Output = T> + Copy + Default,
{
    let mut acc = T::default();
    for i in 0..a.len() {
        acc = acc + a[i] * b[i];
    }
    acc
}

fn sum_all<T: Add<Output = T> + Copy>(first: T, rest: &[T]) -> T {
    rest.iter().fold(first, |acc, &x| acc + x)
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Meters(f64);

impl Add for Meters {
    type Output = Meters;
    fn add(self, o: Meters) -> Meters {
        Meters(self.0 + o.0)
    }
}

impl Mul for Meters {
    type Output = Meters;
    fn mul(self, o: Meters) -> Meters {
        Meters(self.0 * o.0)
    }
}

fn main() {
    println!("int dot: {}", dot(&[1, 2, 3], &[4, 5, 6]));
    println!("float dot: {}", dot(&[0.5, 1.5], &[2.0, 2.0]));
    println!("meters dot: {:?}", dot(&[Meters(1.0), Meters(2.0)], &[Meters(3.0), Meters(4.0)]));

    println!("sum ints: {}", sum_all(10, &[1, 2, 3]));
    let legs = [Meters(120.0), Meters(80.5), Meters(0.5)];
    println!("sum meters: {:?}", sum_all(Meters(0.0), &legs));
}
