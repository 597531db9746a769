#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn area(&self) -> u32 {
        self.width * self.height
    }
}

fn main() {
    let r1 = Rectangle { width: 12, height: 5 };
    let r2 = Rectangle { width: 7, hieght: 9 };
    println!("{} {}", r1.area(), r2.area());
}
