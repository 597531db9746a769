use std::mem::size_of;

// The same trait used two ways: generics (static) and trait objects (dynamic).
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str;
}

struct Circle {
    r: f64,
}
struct Square {
    side: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> &'static str {
        "circle"
    }
}
impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
    fn name(&self) -> &'static str {
        "square"
    }
}

// One copy of this function is compiled per concrete type.
fn print_static<S: Shape>(s: &S) {
    println!("static:  {} has area {}", s.name(), s.area());
}

// A single function; the call goes through a vtable.
fn print_dynamic(s: &dyn Shape) {
    println!("dynamic: {} has area {}", s.name(), s.area());
}

fn main() {
    let c = Circle { r: 2.0 };
    let s = Square { side: 3.0 };
    print_static(&c);
    print_static(&s);
    print_dynamic(&c);
    print_dynamic(&s);

    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(c), Box::new(s)];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total area = {}", total);

    println!("size of &Circle    = {}", size_of::<&Circle>());
    println!("size of &dyn Shape = {}", size_of::<&dyn Shape>());
    println!("size of Box<dyn Shape> = {}", size_of::<Box<dyn Shape>>());
}
