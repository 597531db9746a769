// average() is only defined for Pair<f64>; what about Pair<i32>?
struct Pair<T> {
    a: T,
    b: T,
}

impl Pair<f64> {
    fn average(&self) -> f64 {
        (self.a + self.b) / 2.0
    }
}

fn main() {
    let exact = Pair { a: 1.0, b: 2.0 };
    println!("avg = {}", exact.average());

    let counts = Pair { a: 4, b: 7 };
    println!("avg = {}", counts.average());
}
