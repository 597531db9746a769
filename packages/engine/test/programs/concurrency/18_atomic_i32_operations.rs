use std::sync::atomic::{AtomicI32, Ordering};

// The basic atomic operations, on a single thread.
fn main() {
    let temp = AtomicI32::new(20);

    let old = temp.fetch_add(5, Ordering::SeqCst);
    println!("fetch_add returned {}, now {}", old, temp.load(Ordering::SeqCst));

    let old = temp.fetch_sub(30, Ordering::SeqCst);
    println!("fetch_sub returned {}, now {}", old, temp.load(Ordering::SeqCst));

    temp.store(7, Ordering::SeqCst);
    println!("after store: {}", temp.load(Ordering::SeqCst));

    let swapped = temp.swap(42, Ordering::SeqCst);
    println!("swap gave back {}, now {}", swapped, temp.load(Ordering::SeqCst));

    match temp.compare_exchange(42, 0, Ordering::SeqCst, Ordering::SeqCst) {
        Ok(prev) => println!("cas ok, previous {}", prev),
        Err(actual) => println!("cas failed, actual {}", actual),
    }
    match temp.compare_exchange(42, 1, Ordering::SeqCst, Ordering::SeqCst) {
        Ok(prev) => println!("cas ok, previous {}", prev),
        Err(actual) => println!("cas failed, actual {}", actual),
    }
    println!("final: {}", temp.into_inner());
}
