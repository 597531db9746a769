// Rust Book ch. 8 exercise: summary statistics of a list of integers,
// extended into a small report over several data sets.
use std::collections::HashMap;

#[derive(Debug)]
struct Summary {
    count: usize,
    mean: f64,
    median: f64,
    modes: Vec<i32>,
    range: (i32, i32),
    std_dev: f64,
}

#[derive(Debug)]
enum StatsError {
    Empty,
}

fn summarize(data: &[i32]) -> Result<Summary, StatsError> {
    if data.is_empty() {
        return Err(StatsError::Empty);
    }
    let mut sorted = data.to_vec();
    sorted.sort_unstable();
    let n = sorted.len();
    let sum: i64 = sorted.iter().map(|&x| x as i64).sum();
    let mean = sum as f64 / n as f64;
    let median = if n % 2 == 1 {
        sorted[n / 2] as f64
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0
    };

    let mut freq: HashMap<i32, usize> = HashMap::new();
    for &x in &sorted {
        *freq.entry(x).or_insert(0) += 1;
    }
    let best = *freq.values().max().unwrap();
    let mut modes: Vec<i32> = freq.into_iter().filter(|&(_, c)| c == best).map(|(v, _)| v).collect();
    modes.sort();

    let variance = sorted.iter().map(|&x| (x as f64 - mean).powi(2)).sum::<f64>() / n as f64;
    Ok(Summary {
        count: n,
        mean,
        median,
        modes,
        range: (sorted[0], sorted[n - 1]),
        std_dev: variance.sqrt(),
    })
}

fn histogram(data: &[i32], bucket: i32) -> Vec<(i32, usize)> {
    let mut buckets: Vec<(i32, usize)> = Vec::new();
    let mut sorted = data.to_vec();
    sorted.sort();
    for x in sorted {
        let start = x.div_euclid(bucket) * bucket;
        match buckets.last_mut() {
            Some((s, count)) if *s == start => *count += 1,
            _ => buckets.push((start, 1)),
        }
    }
    buckets
}

fn main() {
    let datasets: Vec<(&str, Vec<i32>)> = vec![
        ("exam scores", vec![72, 85, 91, 66, 85, 78, 94, 85, 59, 78, 88, 70]),
        ("daily temps", vec![-3, 0, 2, 2, -1, 4, 7, 7, 5]),
        ("single", vec![42]),
        ("empty", vec![]),
    ];
    for (name, data) in &datasets {
        match summarize(data) {
            Ok(s) => {
                println!("{} (n={})", name, s.count);
                println!("  mean {:.2}, median {}, modes {:?}", s.mean, s.median, s.modes);
                println!("  range {:?}, std dev {:.3}", s.range, s.std_dev);
            }
            Err(e) => println!("{}: {:?}", name, e),
        }
    }
    println!("score histogram:");
    for (start, count) in histogram(&datasets[0].1, 10) {
        println!("  {:>3}-{:<3} {}", start, start + 9, "=".repeat(count));
    }
}
