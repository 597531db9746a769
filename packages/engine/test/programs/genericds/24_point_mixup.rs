// Two type parameters on the struct and two more on the method.
#[derive(Debug)]
struct Point<X, Y> {
    x: X,
    y: Y,
}

impl<X1, Y1> Point<X1, Y1> {
    fn mixup<X2, Y2>(self, other: Point<X2, Y2>) -> Point<X1, Y2> {
        Point { x: self.x, y: other.y }
    }

    fn swap(self) -> Point<Y1, X1> {
        Point { x: self.y, y: self.x }
    }
}

fn main() {
    let p1 = Point { x: 5, y: 10.4 };
    let p2 = Point { x: "Hello", y: 'c' };

    let p3 = p1.mixup(p2);
    println!("p3.x = {}, p3.y = {}", p3.x, p3.y);

    let p4 = Point { x: String::from("left"), y: 7u8 }.swap();
    println!("{:?}", p4);
}
