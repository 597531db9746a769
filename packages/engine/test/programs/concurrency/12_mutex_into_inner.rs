use std::sync::{Arc, Mutex};
use std::thread;

// Once all threads are joined, take the data back out of Arc<Mutex<T>>.
fn main() {
    let totals = Arc::new(Mutex::new(vec![0u32; 3]));
    let mut handles = Vec::new();

    for slot in 0..3 {
        let totals = Arc::clone(&totals);
        handles.push(thread::spawn(move || {
            for step in 1..=4 {
                totals.lock().unwrap()[slot] += step * (slot as u32 + 1);
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }

    println!("owners: {}", Arc::strong_count(&totals));
    let mutex = Arc::try_unwrap(totals).expect("still shared");
    let inner: Vec<u32> = mutex.into_inner().unwrap();
    println!("totals = {:?}", inner);
}
