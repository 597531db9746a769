// Sorting a vector of floating point numbers with plain sort().
fn main() {
    let mut lap_times = vec![61.2, 59.8, 60.5, 62.0];
    lap_times.sort();
    println!("fastest lap: {}", lap_times[0]);
}
