#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn shift(mut p: Point, dx: i32) -> Point {
    p.x += dx;
    p
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = a;
    let c = shift(a, 10);
    let mut d = b;
    d.y = 99;
    println!("a = {:?}", a);
    println!("b = {:?}", b);
    println!("c = {:?}", c);
    println!("d = {:?}", d);
}
