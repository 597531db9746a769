struct Circle {
    radius: f64,
}

impl Circle {
    const PI: f64 = 3.14159;

    fn new(radius: f64) -> Self {
        Self { radius }
    }

    fn unit() -> Self {
        Self::new(1.0)
    }

    fn area(&self) -> f64 {
        Self::PI * self.radius * self.radius
    }

    fn circumference(&self) -> f64 {
        2.0 * Self::PI * self.radius
    }

    fn scaled(&self, k: f64) -> Circle {
        Circle { radius: self.radius * k }
    }
}

fn main() {
    let c = Circle::unit();
    println!("unit: area {:.3}, circ {:.3}", c.area(), c.circumference());
    let big = c.scaled(2.5);
    println!("r={} area {:.3}", big.radius, big.area());
    println!("original radius still {}", c.radius);
}
