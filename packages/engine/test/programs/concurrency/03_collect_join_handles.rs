use std::thread;

fn square_sum(limit: u32) -> u32 {
    (1..=limit).map(|x| x * x).sum()
}

// Spawn several workers, keep their handles, join them in order.
fn main() {
    let mut handles = Vec::new();
    for id in 1..=4 {
        let handle = thread::spawn(move || (id, square_sum(id * 3)));
        handles.push(handle);
    }

    for handle in handles {
        let (id, result) = handle.join().unwrap();
        println!("worker {} -> {}", id, result);
    }
}
