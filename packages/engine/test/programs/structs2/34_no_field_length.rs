struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn area(&self) -> u32 {
        self.width * self.height
    }

    fn is_wide(&self) -> bool {
        self.width > self.length
    }
}

fn main() {
    let r = Rectangle { width: 8, height: 3 };
    println!("area {}", r.area());
    println!("wide? {}", r.is_wide());
}
