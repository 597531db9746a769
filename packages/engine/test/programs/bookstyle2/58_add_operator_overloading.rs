// Overloading + with the Add trait, including a different right-hand side type.
use std::ops::Add;

#[derive(Debug, Copy, Clone, PartialEq)]
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

fn main() {
    let a = Point { x: 1, y: 0 };
    let b = Point { x: 2, y: 3 };
    let c = a + b;
    println!("{:?} + {:?} = {:?}", a, b, c);
    assert_eq!(c, Point { x: 3, y: 3 });

    let total = Millimeters(250) + Meters(2);
    println!("250mm + 2m = {:?}", total);

    let path = [Point { x: 1, y: 1 }, Point { x: -2, y: 4 }, Point { x: 0, y: -1 }];
    let end = path.iter().fold(Point { x: 0, y: 0 }, |acc, p| acc + *p);
    println!("walking the path ends at {:?}", end);
}
