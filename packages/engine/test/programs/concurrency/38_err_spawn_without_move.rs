use std::thread;

// Mistake: the closure borrows `v`, but the thread could outlive main's frame.
fn main() {
    let v = vec![1, 2, 3];

    let handle = thread::spawn(|| {
        println!("Here's a vector: {:?}", v);
    });

    handle.join().unwrap();
}
