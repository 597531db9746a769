mod stats {
    pub fn mean(xs: &[f64]) -> f64 {
        let sum: f64 = xs.iter().sum();
        sum / xs.len() as f64
    }
    pub fn variance(xs: &[f64]) -> f64 {
        let mean = mean(xs);
        xs.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / xs.len() as f64
    }
    pub const SCALE: f64 = 100.0;
}
use stats::{mean, variance};
fn main() {
    let data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
    let mean = mean(&data);
    println!("mean {} var {} scaled {}", mean, variance(&data), mean * stats::SCALE);
}
