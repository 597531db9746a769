// Supertraits: OutlinePrint requires Display
use std::fmt;

trait OutlinePrint: fmt::Display {
    fn outline_print(&self) {
        let output = self.to_string();
        let len = output.len();
        println!("{}", "*".repeat(len + 4));
        println!("*{}*", " ".repeat(len + 2));
        println!("* {} *", output);
        println!("*{}*", " ".repeat(len + 2));
        println!("{}", "*".repeat(len + 4));
    }
}

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

impl OutlinePrint for Point {}

trait Named {
    fn name(&self) -> String;
}

trait Greeter: Named {
    fn greet(&self) -> String {
        format!("Hello, {}!", self.name())
    }
}

struct Student {
    first: String,
}

impl Named for Student {
    fn name(&self) -> String {
        self.first.clone()
    }
}

impl Greeter for Student {}

fn welcome(g: &dyn Greeter) {
    println!("{} (name has {} chars)", g.greet(), g.name().len());
}

fn main() {
    let p = Point { x: 1, y: -3 };
    p.outline_print();
    let s = Student { first: String::from("Ada") };
    welcome(&s);
}
