// Traits with default methods, trait bounds, multiple bounds and where clauses.
use std::fmt::{Debug, Display};

trait HasArea {
    fn area(&self) -> f64;
    fn describe(&self) -> String {
        format!("a shape with area {:.1}", self.area())
    }
}

#[derive(Debug)]
struct Rectangle {
    length: f64,
    height: f64,
}

#[derive(Debug)]
struct Circle {
    radius: f64,
}

impl HasArea for Rectangle {
    fn area(&self) -> f64 {
        self.length * self.height
    }
}

impl HasArea for Circle {
    fn area(&self) -> f64 {
        3.14 * self.radius * self.radius
    }
    fn describe(&self) -> String {
        format!("a circle of radius {}", self.radius)
    }
}

fn print_debug<T: Debug>(t: &T) {
    println!("{:?}", t);
}

fn area<T: HasArea>(t: &T) -> f64 {
    t.area()
}

fn compare_prints<T: Debug + Display>(t: &T) {
    println!("Debug: `{:?}`", t);
    println!("Display: `{}`", t);
}

fn compare_types<T, U>(t: &T, u: &U)
where
    T: Debug,
    U: Debug + HasArea,
{
    println!("t: `{:?}`", t);
    println!("u: `{:?}` ({})", u, u.describe());
}

fn main() {
    let rectangle = Rectangle { length: 3.0, height: 4.0 };
    let circle = Circle { radius: 1.0 };
    print_debug(&rectangle);
    println!("Area: {}", area(&rectangle));
    println!("{}", rectangle.describe());
    println!("{}", circle.describe());

    let string = "words";
    let array = [1, 2, 3];
    compare_prints(&string);
    compare_types(&array, &circle);
}
