// A generic pair with extra methods only for Pair<f64>.
#[derive(Debug, Clone, Copy)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T> Pair<T> {
    fn new(a: T, b: T) -> Self {
        Pair { a, b }
    }

    fn swap(self) -> Pair<T> {
        Pair { a: self.b, b: self.a }
    }
}

impl Pair<f64> {
    fn average(&self) -> f64 {
        (self.a + self.b) / 2.0
    }

    fn distance(&self) -> f64 {
        (self.a - self.b).abs()
    }
}

fn main() {
    let p = Pair::new(3.0, 8.5);
    println!("{:?} average {} distance {}", p, p.average(), p.distance());
    let q = p.swap();
    println!("swapped: {:?}", q);

    let words = Pair::new("left", "right");
    println!("{:?}", words.swap());
}
