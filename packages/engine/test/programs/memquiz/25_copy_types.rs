#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn shift(mut p: Point) -> Point {
    p.x += 10;
    p
}

fn main() {
    let a = 5;
    let mut b = a;
    b += 1;
    println!("a = {}, b = {}", a, b);

    let p = Point { x: 1, y: 2 };
    let q = shift(p);
    println!("p = {:?}", p);
    println!("q = {:?}", q);

    let pair = (1.5, 'z');
    let other = pair;
    println!("{:?} {:?}", pair, other);

    let arr = [p; 3];
    let mut arr2 = arr;
    arr2[0].y = 99;
    println!("{:?}\n{:?}", arr[0], arr2[0]);
}
