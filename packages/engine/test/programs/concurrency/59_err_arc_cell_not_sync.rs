use std::cell::Cell;
use std::sync::Arc;
use std::thread;

// Mistake: Cell allows mutation through &, but it is not thread-safe.
fn main() {
    let visits = Arc::new(Cell::new(0u32));
    let v = Arc::clone(&visits);

    let handle = thread::spawn(move || {
        v.set(v.get() + 1);
    });
    handle.join().unwrap();

    println!("visits = {}", visits.get());
}
