// Calling into a module that was never declared (it is called `geometry`, not `geom`).
mod geometry {
    pub fn hypotenuse(a: f64, b: f64) -> f64 {
        (a * a + b * b).sqrt()
    }
}

fn main() {
    let sides = [(3.0, 4.0), (5.0, 12.0)];
    for (a, b) in sides {
        println!("{} {} -> {}", a, b, geometry::hypotenuse(a, b));
    }
    println!("{}", geom::hypotenuse(8.0, 15.0));
}
