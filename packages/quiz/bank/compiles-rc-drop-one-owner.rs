// kind: compiles
// title: Dropping one Rc, reading through another
// tags: rc-refcell, drop-order
// difficulty: 2
// ---
use std::rc::Rc;

fn main() {
    let shared = Rc::new(String::from("notes"));
    let reader = Rc::clone(&shared);
    drop(shared);
    println!("{}", reader);
}
