// The usual layout: code plus a #[cfg(test)] tests module that uses super::*.
mod stats {
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
    }
}

fn main() {
    let data = [3.5, 9.0, 1.5, 7.0];
    println!("mean: {:?}", stats::mean(&data));
    println!("median: {:?}", stats::median(&data));
    println!("empty: {:?}", stats::mean(&[]));
}
