use std::thread;

// Mistake: each closure borrows the loop variable `i` instead of moving it.
fn main() {
    let mut handles = Vec::new();
    for i in 0..4 {
        handles.push(thread::spawn(|| i * 10));
    }
    for h in handles {
        println!("{}", h.join().unwrap());
    }
}
