use std::sync::Mutex;

// drop(guard) releases the lock early so we can lock again.
fn main() {
    let log = Mutex::new(Vec::new());

    let mut guard = log.lock().unwrap();
    guard.push("start");
    guard.push("load");
    drop(guard);

    // Without the drop above, this second lock would deadlock.
    let mut again = log.lock().unwrap();
    again.push("finish");
    println!("entries: {:?}", *again);
    println!("len = {}", again.len());
}
