// kind: next-step
// title: Dropping one of two Rc handles
// tags: rc-refcell, drop-order
// difficulty: 2
// at: line 5
// ---
use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("config"));
    let b = Rc::clone(&a);
    drop(a);
    println!("{}", b);
}
