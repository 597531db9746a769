// Functions that take &[T] to read and &mut [T] to modify.
fn mean(values: &[f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.iter().sum::<f64>() / values.len() as f64
}

fn center(values: &mut [f64]) {
    let m = mean(values);
    for v in values.iter_mut() {
        *v -= m;
    }
}

fn scale_to_unit(values: &mut [f64]) {
    let biggest = values.iter().fold(0.0_f64, |acc, v| acc.max(v.abs()));
    if biggest > 0.0 {
        for v in values {
            *v /= biggest;
        }
    }
}

fn main() {
    let mut samples = vec![2.0, 4.0, 6.0, 8.0];
    println!("mean = {}", mean(&samples));
    center(&mut samples);
    println!("centered = {:?}", samples);
    scale_to_unit(&mut samples);
    println!("scaled = {:?}", samples);

    // Works on arrays and on subslices too.
    let mut arr = [10.0, 20.0, 30.0, 100.0];
    center(&mut arr[..3]);
    println!("partly centered = {:?}", arr);
}
