use std::rc::Rc;

fn main() {
    let shared = Rc::new(vec![1, 2, 3]);
    let other = Rc::clone(&shared);
    // Rc only hands out shared references: need RefCell for this
    other.push(4);
    println!("{:?} {:?}", shared, other);
}
