// A panic in a spawned thread is caught by join(); main goes on.
use std::thread;

fn main() {
    let handle = thread::spawn(|| {
        let v: Vec<i32> = Vec::new();
        let first = v.first().expect("worker got an empty list");
        *first
    });
    let result = handle.join();
    match result {
        Ok(n) => println!("worker returned {}", n),
        Err(_) => println!("worker panicked, main carries on"),
    }
    println!("main finished normally");
}
