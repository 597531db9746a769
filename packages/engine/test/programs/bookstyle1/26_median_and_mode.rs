// Exercise: median and mode of a list of integers.
use std::collections::HashMap;

fn median(values: &[i32]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort();
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 0 {
        (sorted[mid - 1] + sorted[mid]) as f64 / 2.0
    } else {
        sorted[mid] as f64
    }
}

fn mode(values: &[i32]) -> Option<i32> {
    let mut counts = HashMap::new();
    for &v in values {
        *counts.entry(v).or_insert(0) += 1;
    }
    // Ties go to the smallest value so the answer is stable.
    let mut best: Option<(i32, i32)> = None;
    for (&value, &count) in &counts {
        best = match best {
            None => Some((value, count)),
            Some((bv, bc)) if count > bc || (count == bc && value < bv) => Some((value, count)),
            keep => keep,
        };
    }
    best.map(|(value, _)| value)
}

fn main() {
    let data = vec![4, 1, 7, 4, 9, 2, 7, 4];
    println!("data: {:?}", data);
    println!("median: {}", median(&data));
    println!("mode: {:?}", mode(&data));

    let odd = [5, 3, 8];
    println!("median of {:?}: {}", odd, median(&odd));
    println!("mode of empty: {:?}", mode(&[]));
}
