use std::rc::Rc;
use std::thread;

// Mistake: Rc's counter is not atomic, so Rc cannot cross threads.
fn main() {
    let shared = Rc::new(vec![10, 20, 30]);
    let mut handles = Vec::new();

    for _ in 0..2 {
        let shared = Rc::clone(&shared);
        handles.push(thread::spawn(move || shared.len()));
    }
    for h in handles {
        println!("{}", h.join().unwrap());
    }
}
