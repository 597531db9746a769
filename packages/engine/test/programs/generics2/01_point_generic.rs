// The Rust Book, chapter 10: a Point that works for any T.
struct Point<T> {
    x: T,
    y: T,
}

impl<T> Point<T> {
    fn x(&self) -> &T {
        &self.x
    }

    fn y(&self) -> &T {
        &self.y
    }
}

fn main() {
    let integer = Point { x: 5, y: 10 };
    let float = Point { x: 1.0, y: 4.5 };
    let chars = Point { x: 'a', y: 'z' };

    println!("integer.x = {}, integer.y = {}", integer.x(), integer.y());
    println!("float.x = {}, float.y = {}", float.x(), float.y());
    println!("chars.x = {}, chars.y = {}", chars.x(), chars.y());
}
