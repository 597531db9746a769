// Spawning several workers and joining them in order keeps output deterministic.
use std::thread;

fn main() {
    let mut handles = Vec::new();

    for worker_id in 1..=4u64 {
        let handle = thread::spawn(move || {
            // Each worker sums its own range.
            let start = (worker_id - 1) * 100 + 1;
            let end = worker_id * 100;
            let sum: u64 = (start..=end).sum();
            (worker_id, sum)
        });
        handles.push(handle);
    }

    let mut grand_total = 0;
    for handle in handles {
        let (id, sum) = handle.join().unwrap();
        println!("worker {} summed {}", id, sum);
        grand_total += sum;
    }
    println!("grand total = {}", grand_total);
    assert_eq!(grand_total, (1..=400u64).sum::<u64>());
}
