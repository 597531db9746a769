use std::thread;

fn average(values: &[f64]) -> f64 {
    // Mistake: thread::spawn needs 'static data, but `values` is a borrowed slice.
    let h = thread::spawn(move || values.iter().sum::<f64>() / values.len() as f64);
    h.join().unwrap()
}

fn main() {
    let temps = vec![18.5, 21.0, 19.5, 23.0];
    println!("average: {:.2}", average(&temps));
}
