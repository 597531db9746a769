// Output printed before the panic still appears on stdout.
fn main() {
    let temps = [21.5, 23.0, 19.5];
    let mut total = 0.0;
    for t in temps.iter() {
        total += t;
        print!("{} ", t);
    }
    println!();
    println!("average = {:.2}", total / temps.len() as f64);
    let readings: Vec<f64> = Vec::new();
    print!("partial line without newline");
    let max = readings.iter().cloned().fold(None, |m: Option<f64>, x| match m {
        None => Some(x),
        Some(y) => Some(if x > y { x } else { y }),
    });
    println!("max = {}", max.unwrap());
}
