mod shape {
    pub trait Area {
        fn area(&self) -> f64;
        fn label(&self) -> &'static str;
    }
}

mod circle {
    pub struct Circle(pub f64);

    impl crate::shape::Area for Circle {
        fn area(&self) -> f64 {
            3.14159 * self.0 * self.0
        }
        fn label(&self) -> &'static str {
            "circle"
        }
    }
}

mod rect {
    use crate::shape::Area;

    pub struct Rect {
        pub w: f64,
        pub h: f64,
    }

    impl Area for Rect {
        fn area(&self) -> f64 {
            self.w * self.h
        }
        fn label(&self) -> &'static str {
            "rect"
        }
    }
}

use shape::Area;

fn main() {
    let shapes: Vec<Box<dyn Area>> = vec![
        Box::new(circle::Circle(1.0)),
        Box::new(rect::Rect { w: 2.0, h: 3.5 }),
        Box::new(circle::Circle(0.5)),
    ];
    let mut total = 0.0;
    for s in shapes.iter() {
        println!("{:>6}: {:.3}", s.label(), s.area());
        total += s.area();
    }
    println!("total: {:.3}", total);
}
