use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let queue = Rc::new(RefCell::new(vec![1, 2, 3]));
    let producer = Rc::clone(&queue);

    // Iterating holds a shared borrow for the whole loop...
    for job in queue.borrow().iter() {
        println!("handling job {}", job);
        if *job == 2 {
            // ...so adding a follow-up job here panics: already borrowed
            producer.borrow_mut().push(job * 10);
        }
    }
    println!("finished: {:?}", queue.borrow());
}
