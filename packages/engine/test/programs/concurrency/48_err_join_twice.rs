use std::thread;

// Mistake: join() consumes the handle, so it cannot be joined twice.
fn main() {
    let handle = thread::spawn(|| 6 * 7);

    let first = handle.join().unwrap();
    let second = handle.join().unwrap();
    println!("{} {}", first, second);
}
