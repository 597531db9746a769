use std::ops::Add;

// A 2D point that is cheap to copy.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl Add for Point {
    type Output = Point;

    fn add(self, other: Point) -> Point {
        Point {
            x: self.x + other.x,
            y: self.y + other.y,
        }
    }
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 10, y: 20 };

    // Point is Copy, so a and b are still usable after the addition.
    let c = a + b;
    println!("{:?} + {:?} = {:?}", a, b, c);

    let d = a + b + c;
    println!("a + b + c = {:?}", d);
    println!("c == (11, 22)? {}", c == Point { x: 11, y: 22 });
}
