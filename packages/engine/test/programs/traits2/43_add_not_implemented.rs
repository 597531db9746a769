// Using + on a struct that only derives Debug and Clone.
#[derive(Debug, Clone, Copy)]
struct Complex {
    re: f64,
    im: f64,
}

impl Complex {
    fn magnitude(&self) -> f64 {
        (self.re * self.re + self.im * self.im).sqrt()
    }
}

fn main() {
    let a = Complex { re: 3.0, im: 4.0 };
    let b = Complex { re: 1.0, im: -1.0 };
    println!("|a| = {}", a.magnitude());
    let c = a + b;
    println!("{:?}", c);
}
