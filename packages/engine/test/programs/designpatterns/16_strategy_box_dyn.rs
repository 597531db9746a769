// Strategy pattern with trait objects stored in a Vec.
trait Discount {
    fn name(&self) -> String;
    fn apply(&self, price: f64) -> f64;
}

struct NoDiscount;
struct Percent(f64);
struct Flat(f64);

impl Discount for NoDiscount {
    fn name(&self) -> String { "none".into() }
    fn apply(&self, price: f64) -> f64 { price }
}
impl Discount for Percent {
    fn name(&self) -> String { format!("{}% off", self.0) }
    fn apply(&self, price: f64) -> f64 { price * (1.0 - self.0 / 100.0) }
}
impl Discount for Flat {
    fn name(&self) -> String { format!("{} off", self.0) }
    fn apply(&self, price: f64) -> f64 { (price - self.0).max(0.0) }
}

fn main() {
    let strategies: Vec<Box<dyn Discount>> =
        vec![Box::new(NoDiscount), Box::new(Percent(20.0)), Box::new(Flat(15.0))];
    let price = 60.0;
    for s in &strategies {
        println!("{:>8}: {:.2}", s.name(), s.apply(price));
    }
    let best = strategies
        .iter()
        .min_by(|a, b| a.apply(price).partial_cmp(&b.apply(price)).unwrap())
        .unwrap();
    println!("best: {}", best.name());
}
