// The same trait used with static dispatch (generics) and dynamic dispatch (dyn).
trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);
struct Triangle(f64, f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Shape for Triangle {
    fn area(&self) -> f64 {
        0.5 * self.0 * self.1
    }
}

// One copy of this function is compiled per concrete type.
fn report_static<T: Shape>(label: &str, s: &T) {
    println!("[static] {} area {:.1}", label, s.area());
}

// One copy only; the call goes through a vtable.
fn report_dyn(label: &str, s: &dyn Shape) {
    println!("[dyn]    {} area {:.1}", label, s.area());
}

fn main() {
    let sq = Square(3.0);
    let tri = Triangle(4.0, 5.0);
    report_static("square", &sq);
    report_static("triangle", &tri);
    report_dyn("square", &sq);
    report_dyn("triangle", &tri);
    let list: [&dyn Shape; 2] = [&sq, &tri];
    let total: f64 = list.iter().map(|s| s.area()).sum();
    println!("total {:.1}", total);
}
