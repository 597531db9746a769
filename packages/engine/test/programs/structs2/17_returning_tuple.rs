struct Stats {
    values: Vec<i32>,
}

impl Stats {
    fn min_max(&self) -> (i32, i32) {
        let mut lo = self.values[0];
        let mut hi = self.values[0];
        for &v in &self.values {
            if v < lo {
                lo = v;
            }
            if v > hi {
                hi = v;
            }
        }
        (lo, hi)
    }

    fn sum_and_mean(&self) -> (i32, f64) {
        let s: i32 = self.values.iter().sum();
        (s, s as f64 / self.values.len() as f64)
    }
}

fn main() {
    let temps = Stats { values: vec![12, -3, 7, 22, 15, 0] };
    let (lo, hi) = temps.min_max();
    println!("min {} max {}", lo, hi);
    let (total, mean) = temps.sum_and_mean();
    println!("sum {} mean {:.2}", total, mean);
    let range = temps.min_max();
    println!("range tuple: {:?}", range);
}
