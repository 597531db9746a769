// Pre-allocating avoids reallocations while filling.
fn main() {
    let expected = 10;
    let mut readings: Vec<f64> = Vec::with_capacity(expected);
    println!("before: len={} cap={}", readings.len(), readings.capacity());
    let mut reallocs = 0;
    let mut cap = readings.capacity();
    for i in 0..expected {
        readings.push(i as f64 * 0.5);
        if readings.capacity() != cap {
            reallocs += 1;
            cap = readings.capacity();
        }
    }
    println!("after: len={} cap={} reallocs={}", readings.len(), readings.capacity(), reallocs);
    readings.push(99.0);
    println!("one more: len={} cap={}", readings.len(), readings.capacity());
}
