// Point<T> needs x and y of the same type.
#[derive(Debug)]
struct Point<T> {
    x: T,
    y: T,
}

fn main() {
    let ok = Point { x: 1.0, y: 2.0 };
    let wont_work = Point { x: 5, y: 4.0 };
    println!("{:?} {:?}", ok, wont_work);
}
