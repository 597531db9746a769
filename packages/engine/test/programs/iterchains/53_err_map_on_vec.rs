fn main() {
    let prices = vec![4.99, 12.50, 0.75];
    let with_tax: Vec<f64> = prices.map(|p| p * 1.08).collect();
    for p in &with_tax {
        println!("{:.2}", p);
    }
}
