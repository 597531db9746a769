use std::rc::Rc;
use std::thread;

fn main() {
    let shared = Rc::new(vec![1, 2, 3]);
    let copy = Rc::clone(&shared);

    // Mistake: Rc uses a non-atomic reference count, so it cannot cross threads.
    let handle = thread::spawn(move || {
        println!("len = {}", copy.len());
    });

    handle.join().unwrap();
    println!("{:?}", shared);
}
