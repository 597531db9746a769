// kind: memory
// title: Owners of an Rc allocation
// tags: rc-refcell
// difficulty: 2
// ask: owner
// at: line 6
// block: line 4
// ---
use std::rc::Rc;

fn main() {
    let original = Rc::new(String::from("shared"));
    let alias = Rc::clone(&original);
    let count = Rc::strong_count(&alias);
    println!("{} {}", alias, count);
}
