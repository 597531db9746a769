// Mistake: moving an Rc into a spawned thread.
use std::rc::Rc;
use std::thread;

fn main() {
    let shared = Rc::new(vec![1, 2, 3]);
    let copy = Rc::clone(&shared);
    let h = thread::spawn(move || {
        println!("sum = {}", copy.iter().sum::<i32>());
    });
    h.join().unwrap();
    println!("count = {}", Rc::strong_count(&shared));
}
