use std::cmp::Ordering;

#[derive(Debug)]
struct Rect {
    w: f64,
    h: f64,
}

impl Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

// Rectangles are compared by area only.
impl PartialEq for Rect {
    fn eq(&self, other: &Self) -> bool {
        self.area() == other.area()
    }
}

impl PartialOrd for Rect {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.area().partial_cmp(&other.area())
    }
}

fn main() {
    let a = Rect { w: 2.0, h: 8.0 };
    let b = Rect { w: 4.0, h: 4.0 };
    let c = Rect { w: 3.0, h: 3.0 };

    println!("a == b: {}", a == b);
    println!("c < a: {}", c < a);
    println!("a >= c: {}", a >= c);
    println!("compare b,c: {:?}", b.partial_cmp(&c));

    // NaN makes the comparison undefined.
    let weird = Rect { w: f64::NAN, h: 1.0 };
    println!("compare a,weird: {:?}", a.partial_cmp(&weird));
    println!("a < weird: {}, a > weird: {}", a < weird, a > weird);

    let mut shapes = vec![a, b, c];
    shapes.sort_by(|x, y| x.partial_cmp(y).unwrap_or(Ordering::Equal));
    let areas: Vec<f64> = shapes.iter().map(|r| r.area()).collect();
    println!("sorted areas: {:?}", areas);
}
