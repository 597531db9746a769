use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Millimeters(u32);
#[derive(Debug, Clone, Copy)]
struct Meters(u32);

// Add<Rhs> with a right-hand side of a different type
impl Add<Meters> for Millimeters {
    type Output = Millimeters;

    fn add(self, other: Meters) -> Millimeters {
        Millimeters(self.0 + (other.0 * 1000))
    }
}

impl Add for Millimeters {
    type Output = Millimeters;
    fn add(self, other: Millimeters) -> Millimeters {
        Millimeters(self.0 + other.0)
    }
}

fn total_length<T>(parts: &[T], start: T) -> T
where
    T: Add<Output = T> + Copy,
{
    let mut acc = start;
    for &p in parts {
        acc = acc + p;
    }
    acc
}

fn main() {
    let board = Millimeters(450) + Meters(2);
    println!("{:?}", board);
    let pieces = [Millimeters(120), Millimeters(35), Millimeters(800)];
    println!("{:?}", total_length(&pieces, Millimeters(0)));
    println!("{}", total_length(&[1.5, 2.25, 3.0], 0.0));
    println!("{}", total_length(&[7, 8, 9], 100));
}
