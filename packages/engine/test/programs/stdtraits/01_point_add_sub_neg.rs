use std::ops::{Add, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl Add for Point {
    type Output = Point;
    fn add(self, other: Point) -> Point {
        Point { x: self.x + other.x, y: self.y + other.y }
    }
}

impl Sub for Point {
    type Output = Point;
    fn sub(self, other: Point) -> Point {
        Point { x: self.x - other.x, y: self.y - other.y }
    }
}

impl Neg for Point {
    type Output = Point;
    fn neg(self) -> Point {
        Point { x: -self.x, y: -self.y }
    }
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 10, y: -4 };
    println!("a + b = {:?}", a + b);
    println!("a - b = {:?}", a - b);
    println!("-a = {:?}", -a);
    // a and b are Copy, so they are still usable
    println!("a + b - b == a ? {}", a + b - b == a);
    let origin = Point { x: 0, y: 0 };
    println!("a + -a = {:?}, origin? {}", a + -a, a + -a == origin);
}
