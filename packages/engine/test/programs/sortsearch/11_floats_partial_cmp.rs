// f64 is only PartialOrd because of NaN, so we use partial_cmp and unwrap.
fn main() {
    let mut prices = vec![19.99, 4.5, 100.0, 0.99, 12.25];
    prices.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", prices);
    let max = prices
        .iter()
        .cloned()
        .fold(f64::MIN, f64::max);
    println!("max = {}", max);
}
