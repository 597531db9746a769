mod stats {
    fn sum(xs: &[f64]) -> f64 {
        xs.iter().sum()
    }

    pub fn mean(xs: &[f64]) -> f64 {
        self::sum(xs) / xs.len() as f64
    }

    pub fn variance(xs: &[f64]) -> f64 {
        let m = self::mean(xs);
        let sq: Vec<f64> = xs.iter().map(|x| (x - m) * (x - m)).collect();
        sum(&sq) / xs.len() as f64
    }

    pub mod extra {
        pub fn std_dev(xs: &[f64]) -> f64 {
            super::variance(xs).sqrt()
        }
    }
}

fn main() {
    let data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
    println!("mean     = {}", stats::mean(&data));
    println!("variance = {}", stats::variance(&data));
    println!("std dev  = {}", stats::extra::std_dev(&data));
}
