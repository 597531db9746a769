use std::thread;

fn main() {
    let name = String::from("worker-1");

    // Mistake: the closure borrows `name`, but the thread may outlive main's stack frame.
    let handle = thread::spawn(|| {
        println!("starting {}", name);
    });

    handle.join().unwrap();
}
