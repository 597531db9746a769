// A small geometry library split into modules, used from main.
mod geometry {
    pub const PI: f64 = 3.14159;

    pub mod shapes {
        #[derive(Debug)]
        pub struct Circle {
            pub radius: f64,
        }

        #[derive(Debug)]
        pub struct Rect {
            pub w: f64,
            pub h: f64,
        }

        impl Circle {
            pub fn area(&self) -> f64 {
                super::PI * self.radius * self.radius
            }
        }

        impl Rect {
            pub fn area(&self) -> f64 {
                self.w * self.h
            }
        }
    }

    pub mod ops {
        use super::shapes::{Circle, Rect};

        pub fn total_area(circles: &[Circle], rects: &[Rect]) -> f64 {
            let c: f64 = circles.iter().map(|c| c.area()).sum();
            let r: f64 = rects.iter().map(|r| r.area()).sum();
            c + r
        }
    }
}

use geometry::shapes::{Circle, Rect};

fn main() {
    let circles = vec![Circle { radius: 1.0 }, Circle { radius: 2.5 }];
    let rects = vec![Rect { w: 3.0, h: 4.0 }];
    for c in &circles {
        println!("{:?} area {:.2}", c, c.area());
    }
    println!("{:?} area {:.2}", rects[0], rects[0].area());
    println!("total {:.3}", geometry::ops::total_area(&circles, &rects));
}
