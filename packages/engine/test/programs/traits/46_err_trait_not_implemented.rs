// Student mistake: calling a trait method on a type that never implemented the trait (E0599)
trait Area {
    fn area(&self) -> f64;
}

struct Square {
    side: f64,
}

struct Circle {
    r: f64,
}

impl Area for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

impl Circle {
    fn circumference(&self) -> f64 {
        2.0 * 3.14159 * self.r
    }
}

fn main() {
    let s = Square { side: 2.0 };
    let c = Circle { r: 1.0 };
    println!("square area {}", s.area());
    println!("circle circumference {}", c.circumference());
    println!("circle area {}", c.area());
}
