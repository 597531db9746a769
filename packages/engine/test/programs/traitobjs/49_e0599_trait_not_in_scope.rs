mod geometry {
    pub trait Area {
        fn area(&self) -> f64;
    }

    pub struct Rectangle {
        pub width: f64,
        pub height: f64,
    }

    impl Area for Rectangle {
        fn area(&self) -> f64 {
            self.width * self.height
        }
    }

    pub fn unit_square() -> Rectangle {
        Rectangle { width: 1.0, height: 1.0 }
    }
}

use geometry::Rectangle;

fn main() {
    let r = Rectangle { width: 3.0, height: 4.5 };
    let u = geometry::unit_square();
    println!("unit square is {}x{}", u.width, u.height);
    println!("area = {}", r.area());
}
