// Student mistake: using + on a struct that has no Add impl (E0369)
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn origin() -> Point {
        Point { x: 0, y: 0 }
    }
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 3, y: 4 };
    println!("{}", a == Point::origin());
    let c = a + b;
    println!("{:?}", c);
}
