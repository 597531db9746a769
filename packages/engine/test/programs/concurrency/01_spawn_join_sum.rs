use std::thread;

// A spawned thread computes a value; join() hands it back to main.
fn main() {
    let handle = thread::spawn(|| {
        let mut total: u64 = 0;
        for n in 1..=100 {
            total += n;
        }
        total
    });

    let total = handle.join().unwrap();
    println!("sum of 1..=100 = {}", total);
}
