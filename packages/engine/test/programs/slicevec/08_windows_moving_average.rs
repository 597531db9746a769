// windows(n) yields overlapping subslices of length n.
fn moving_average(data: &[f64], n: usize) -> Vec<f64> {
    data.windows(n)
        .map(|w| w.iter().sum::<f64>() / n as f64)
        .collect()
}

fn is_sorted(data: &[i32]) -> bool {
    data.windows(2).all(|pair| pair[0] <= pair[1])
}

fn main() {
    let prices = [10.0, 12.0, 11.0, 13.0, 15.0, 14.0];
    let avg = moving_average(&prices, 3);
    for a in &avg {
        println!("{:.2}", a);
    }

    println!("sorted? {}", is_sorted(&[1, 2, 2, 5]));
    println!("sorted? {}", is_sorted(&[1, 3, 2]));

    // Biggest jump between consecutive days.
    let steps: [i32; 5] = [3, 8, 6, 14, 13];
    let biggest = steps
        .windows(2)
        .map(|w| (w[1] - w[0]).abs())
        .max()
        .unwrap();
    println!("biggest change: {}", biggest);

    // A window larger than the slice yields nothing.
    println!("windows(10) count: {}", steps.windows(10).count());
}
