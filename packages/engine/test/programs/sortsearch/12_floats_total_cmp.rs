// total_cmp gives a total order even with NaN and negative zero.
fn main() {
    let mut readings = vec![3.2, -1.0, f64::NAN, 0.0, -0.0, 7.5];
    readings.sort_by(|a, b| a.total_cmp(b));
    for r in &readings {
        print!("{} ", r);
    }
    println!();
    let mut heights: Vec<f32> = vec![1.82, 1.65, 1.90, 1.70];
    heights.sort_by(|a, b| b.total_cmp(a));
    println!("{:?}", heights);
}
