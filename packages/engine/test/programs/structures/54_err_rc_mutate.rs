// Student mistake: trying to mutate through an Rc without RefCell.
use std::rc::Rc;

#[derive(Debug)]
struct Counter {
    count: u32,
}

fn main() {
    let shared = Rc::new(Counter { count: 0 });
    let other = Rc::clone(&shared);
    other.count += 1;
    println!("{:?} strong = {}", shared, Rc::strong_count(&shared));
}
