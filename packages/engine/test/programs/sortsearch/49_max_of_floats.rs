// Mistake: Iterator::max needs Ord, which f64 does not have.
fn main() {
    let rainfall = [12.5, 3.0, 27.25, 8.75];
    let wettest = rainfall.iter().max().unwrap();
    println!("wettest day: {} mm", wettest);
}
