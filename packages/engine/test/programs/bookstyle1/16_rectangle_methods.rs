// Methods, associated functions, and more than one impl block.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn area(&self) -> u32 {
        self.width * self.height
    }

    fn can_hold(&self, other: &Rectangle) -> bool {
        self.width > other.width && self.height > other.height
    }
}

impl Rectangle {
    fn square(size: u32) -> Self {
        Self { width: size, height: size }
    }

    fn scale(&mut self, factor: u32) {
        self.width *= factor;
        self.height *= factor;
    }
}

fn main() {
    let mut frame = Rectangle { width: 30, height: 50 };
    let tile = Rectangle::square(10);
    println!("frame area: {}", frame.area());
    println!("frame holds tile: {}", frame.can_hold(&tile));
    println!("tile holds frame: {}", tile.can_hold(&frame));

    frame.scale(2);
    println!("{:#?}", frame);
    // Method call sugar: these two lines do the same thing.
    println!("{} {}", tile.area(), Rectangle::area(&tile));
}
