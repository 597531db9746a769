// A NaN in the data makes partial_cmp return None and unwrap panics.
fn main() {
    let ok = [3.2_f64, 1.5, 8.9];
    let max = ok.iter().cloned().max_by(|a, b| a.partial_cmp(b).unwrap()).unwrap();
    println!("max of clean data: {}", max);

    let broken = [3.2_f64, f64::NAN, 1.5];
    let max = broken
        .iter()
        .cloned()
        .max_by(|a, b| a.partial_cmp(b).unwrap())
        .unwrap();
    println!("max of broken data: {}", max);
}
