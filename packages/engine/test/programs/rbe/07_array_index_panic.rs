// Indexing past the end of an array is checked at run time and panics.
fn nth_temperature(readings: &[f64], n: usize) -> f64 {
    readings[n]
}

fn main() {
    let readings = [12.5, 13.0, 11.75, 9.5];
    let mut total = 0.0;
    for i in 0..readings.len() {
        total += nth_temperature(&readings, i);
    }
    println!("average: {:.2}", total / readings.len() as f64);

    let day = readings.len();
    println!("asking for day {}", day);
    let t = nth_temperature(&readings, day);
    println!("never printed: {}", t);
}
