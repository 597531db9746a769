pub mod stats {
    pub fn mean(xs: &[f64]) -> Option<f64> {
        if xs.is_empty() {
            None
        } else {
            Some(xs.iter().sum::<f64>() / xs.len() as f64)
        }
    }

    pub fn median(xs: &[f64]) -> Option<f64> {
        if xs.is_empty() {
            return None;
        }
        let mut v = xs.to_vec();
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let mid = v.len() / 2;
        if v.len() % 2 == 0 {
            Some((v[mid - 1] + v[mid]) / 2.0)
        } else {
            Some(v[mid])
        }
    }
}

use stats::{mean, median};

fn main() {
    let temps = [21.5, 19.0, 23.0, 22.5, 18.0, 25.5];
    println!("mean   = {:.2}", mean(&temps).unwrap());
    println!("median = {:.2}", median(&temps).unwrap());
    println!("empty  = {:?}", mean(&[]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mean_of_three() {
        assert_eq!(mean(&[1.0, 2.0, 3.0]), Some(2.0));
    }

    #[test]
    fn median_even() {
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }

    #[test]
    #[should_panic]
    fn this_one_panics() {
        let v: Vec<f64> = Vec::new();
        let _ = v[0];
    }
}
