struct Rect {
    width: u32,
    height: u32,
}

fn is_square(r: &Rect) -> bool {
    let Rect { width, hieght } = r;
    width == hieght
}

fn main() {
    let r = Rect { width: 4, height: 4 };
    println!("square? {}", is_square(&r));
}
