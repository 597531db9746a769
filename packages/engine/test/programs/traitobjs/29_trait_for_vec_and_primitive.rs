trait Stats {
    fn mean(&self) -> f64;
    fn spread(&self) -> f64;
}

impl Stats for Vec<f64> {
    fn mean(&self) -> f64 {
        self.iter().sum::<f64>() / self.len() as f64
    }
    fn spread(&self) -> f64 {
        let max = self.iter().cloned().fold(f64::MIN, f64::max);
        let min = self.iter().cloned().fold(f64::MAX, f64::min);
        max - min
    }
}

trait Double {
    fn double(&self) -> Self;
}

impl Double for i32 {
    fn double(&self) -> Self {
        self * 2
    }
}

impl Double for String {
    fn double(&self) -> Self {
        format!("{}{}", self, self)
    }
}

fn main() {
    let temps = vec![12.5, 15.0, 9.5, 20.0];
    println!("mean = {:.3}, spread = {}", temps.mean(), temps.spread());
    println!("{}", 21.double());
    println!("{}", String::from("na").double().double());
}
