#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn new(width: u32, height: u32) -> Rectangle {
        if width == 0 || height == 0 {
            panic!("Rectangle dimensions must be positive, got {}x{}", width, height);
        }
        Rectangle { width, height }
    }

    fn perimeter(&self) -> u32 {
        2 * (self.width + self.height)
    }
}

fn main() {
    let sizes = [(3, 4), (10, 2), (0, 5)];
    for (w, h) in sizes {
        let r = Rectangle::new(w, h);
        println!("{:?} perimeter {}", r, r.perimeter());
    }
}
