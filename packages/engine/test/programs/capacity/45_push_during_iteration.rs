// Doubling each reading by pushing while we loop over the same Vec.
fn main() {
    let mut readings = vec![2, 4, 6];
    for r in &readings {
        readings.push(r * 2);
    }
    println!("{:?} len={} cap={}", readings, readings.len(), readings.capacity());
}
