#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn square(size: u32) -> Rectangle {
        Rectangle { width: size, height: size }
    }

    fn area(&self) -> u32 {
        self.width * self.height
    }
}

fn main() {
    let r = Rectangle { width: 4, height: 9 };
    println!("{:?} area {}", r, r.area());
    let sq = r.square(6);
    println!("{:?} area {}", sq, sq.area());
}
