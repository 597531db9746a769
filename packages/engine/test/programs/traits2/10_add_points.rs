use std::ops::{Add, Sub};

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

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 10, y: 20 };
    let c = a + b;
    println!("{:?} + {:?} = {:?}", a, b, c);
    println!("c - a = {:?}", c - a);
    println!("back to b? {}", c - a == b);
    let path = [a, b, c];
    let sum = path.iter().fold(Point { x: 0, y: 0 }, |acc, p| acc + *p);
    println!("sum of path = {:?}", sum);
}
