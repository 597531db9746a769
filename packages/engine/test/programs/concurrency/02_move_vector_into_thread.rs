use std::thread;

// `move` transfers ownership of the vector into the thread.
fn main() {
    let scores = vec![72, 88, 95, 61, 80];

    let handle = thread::spawn(move || {
        let best = scores.iter().max().copied().unwrap_or(0);
        let avg = scores.iter().sum::<i32>() as f64 / scores.len() as f64;
        (best, avg)
    });

    let (best, avg) = handle.join().unwrap();
    println!("best = {}", best);
    println!("average = {:.1}", avg);
}
