// Add<Rhs> with a different right-hand side type (default type parameter overridden)
use std::ops::Add;
use std::fmt;

#[derive(Debug, Clone, Copy)]
struct Millimeters(u32);
#[derive(Debug, Clone, Copy)]
struct Meters(u32);

impl Add<Meters> for Millimeters {
    type Output = Millimeters;
    fn add(self, other: Meters) -> Millimeters {
        Millimeters(self.0 + other.0 * 1000)
    }
}

impl Add for Millimeters {
    type Output = Millimeters;
    fn add(self, other: Millimeters) -> Millimeters {
        Millimeters(self.0 + other.0)
    }
}

impl fmt::Display for Millimeters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}m {}mm", self.0 / 1000, self.0 % 1000)
    }
}

fn add_all<T: Add<Output = T> + Copy>(start: T, xs: &[T]) -> T {
    xs.iter().fold(start, |acc, &x| acc + x)
}

fn main() {
    let a = Millimeters(250);
    let b = a + Meters(2);
    println!("{}", b);
    println!("{}", b + a);
    println!("{:?}", a + Millimeters(5));
    let total = add_all(Millimeters(0), &[Millimeters(999), Millimeters(2), b]);
    println!("{}", total);
    println!("{}", add_all(10, &[1, 2, 3]));
}
