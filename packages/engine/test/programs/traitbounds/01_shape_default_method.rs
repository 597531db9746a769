// A trait with two required methods and a default method built on them.
trait Shape {
    fn name(&self) -> String;
    fn area(&self) -> f64;

    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
}

struct Circle {
    radius: f64,
}

struct Rectangle {
    width: f64,
    height: f64,
}

impl Shape for Circle {
    fn name(&self) -> String {
        String::from("circle")
    }
    fn area(&self) -> f64 {
        3.14159 * self.radius * self.radius
    }
}

impl Shape for Rectangle {
    fn name(&self) -> String {
        String::from("rectangle")
    }
    fn area(&self) -> f64 {
        self.width * self.height
    }
    // overriding the default
    fn describe(&self) -> String {
        format!("{}x{} rectangle (area {})", self.width, self.height, self.area())
    }
}

fn main() {
    let c = Circle { radius: 2.0 };
    let r = Rectangle { width: 3.0, height: 4.5 };
    println!("{}", c.describe());
    println!("{}", r.describe());
}
