// A point with both coordinates of the same type T.
#[derive(Debug)]
struct Point<T> {
    x: T,
    y: T,
}

impl<T> Point<T> {
    fn x(&self) -> &T {
        &self.x
    }
}

fn main() {
    let integer = Point { x: 5, y: 10 };
    let float = Point { x: 1.0, y: 4.0 };
    let mixed = Point { x: 5, y: 4.0 };

    println!("{:?} {:?} {:?}", integer, float, mixed);
    println!("integer.x = {}", integer.x());
}
