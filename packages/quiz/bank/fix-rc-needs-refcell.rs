// kind: fix
// title: Changing a Vec that two owners share
// tags: rc-refcell
// difficulty: 3
// ---
use std::rc::Rc;

fn main() {
    let shared = Rc::new(vec![1, 2]);
    let other = Rc::clone(&shared);
    shared.push(3);
    println!("{:?}", other);
}
// === reference ===
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let other = Rc::clone(&shared);
    shared.borrow_mut().push(3);
    println!("{:?}", other.borrow());
}
