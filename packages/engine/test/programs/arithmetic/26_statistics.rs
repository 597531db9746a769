// Mean, median, variance and standard deviation.

fn mean(data: &[f64]) -> Option<f64> {
    if data.is_empty() {
        None
    } else {
        Some(data.iter().sum::<f64>() / data.len() as f64)
    }
}

fn median(data: &[f64]) -> Option<f64> {
    if data.is_empty() {
        return None;
    }
    let mut sorted = data.to_vec();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 0 {
        Some((sorted[mid - 1] + sorted[mid]) / 2.0)
    } else {
        Some(sorted[mid])
    }
}

fn std_dev(data: &[f64]) -> Option<f64> {
    let m = mean(data)?;
    let variance = data.iter().map(|x| (x - m).powi(2)).sum::<f64>() / data.len() as f64;
    Some(variance.sqrt())
}

fn main() {
    let scores = [72.5, 88.0, 91.5, 65.0, 79.0, 88.0, 94.5];
    println!("mean   = {:.3}", mean(&scores).unwrap());
    println!("median = {:.3}", median(&scores).unwrap());
    println!("stddev = {:.3}", std_dev(&scores).unwrap());

    let max = scores.iter().cloned().fold(f64::MIN, f64::max);
    let min = scores.iter().cloned().fold(f64::INFINITY, f64::min);
    println!("range  = {} .. {}", min, max);

    let even = [4.0, 1.0, 3.0, 2.0];
    println!("median of {:?} = {:?}", even, median(&even));
    println!("mean of [] = {:?}", mean(&[]));
}
