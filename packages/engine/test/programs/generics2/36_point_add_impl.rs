use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point<T> {
    x: T,
    y: T,
}

impl<T: Add<Output = T>> Add for Point<T> {
    type Output = Point<T>;

    fn add(self, other: Point<T>) -> Point<T> {
        Point {
            x: self.x + other.x,
            y: self.y + other.y,
        }
    }
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 10, y: 20 };
    let c = a + b;
    println!("{:?} + {:?} = {:?}", a, b, c);

    let f = Point { x: 0.5, y: 1.5 } + Point { x: 0.25, y: 0.25 };
    println!("{:?}", f);

    println!("equal? {}", c == Point { x: 11, y: 22 });
}
