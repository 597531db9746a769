use std::cell::RefCell;

fn main() {
    let queue = RefCell::new(vec![1, 2, 3]);

    // Student mistake: the iterator keeps a Ref alive for the whole loop
    for job in queue.borrow().iter() {
        if *job == 2 {
            queue.borrow_mut().push(99);
        }
        println!("job {}", job);
    }
}
