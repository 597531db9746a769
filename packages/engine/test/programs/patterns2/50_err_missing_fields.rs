#[derive(Debug)]
struct Rect {
    x: i32,
    y: i32,
    width: u32,
    height: u32,
}

fn area(r: &Rect) -> u32 {
    let Rect { width, height } = r;
    width * height
}

fn main() {
    let r = Rect { x: 2, y: 3, width: 10, height: 4 };
    println!("{:?} has area {}", r, area(&r));
}
