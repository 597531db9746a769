mod shapes {
    pub trait Area {
        fn area(&self) -> f64;
    }

    pub struct Circle {
        pub radius: f64,
    }

    pub struct Rect {
        pub w: f64,
        pub h: f64,
    }

    impl Area for Circle {
        fn area(&self) -> f64 {
            3.14159 * self.radius * self.radius
        }
    }

    impl Area for Rect {
        fn area(&self) -> f64 {
            self.w * self.h
        }
    }
}

mod report {
    use crate::shapes::{Circle, Rect};

    pub fn summary(c: &Circle, r: &Rect) -> String {
        format!("circle {:.2}, rect {:.2}", c.area(), r.w * r.h)
    }
}

fn main() {
    let c = shapes::Circle { radius: 2.0 };
    let r = shapes::Rect { w: 3.0, h: 4.5 };
    println!("{}", report::summary(&c, &r));
}
