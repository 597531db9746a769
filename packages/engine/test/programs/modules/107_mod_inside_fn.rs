fn convert(celsius: &[f64]) -> Vec<String> {
    mod units {
        pub fn to_fahrenheit(c: f64) -> f64 {
            c * 9.0 / 5.0 + 32.0
        }
        pub fn to_kelvin(c: f64) -> f64 {
            c + 273.15
        }
    }

    celsius
        .iter()
        .map(|&c| format!("{:>6.1}C = {:>6.1}F = {:>7.2}K", c, units::to_fahrenheit(c), units::to_kelvin(c)))
        .collect()
}

fn main() {
    for line in convert(&[-40.0, 0.0, 36.6, 100.0]) {
        println!("{}", line);
    }
}
