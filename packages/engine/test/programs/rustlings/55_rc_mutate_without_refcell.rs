// Trying to push into a Vec shared through Rc, without RefCell.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(vec![1, 2, 3]);
    let other = Rc::clone(&shared);

    other.push(4);

    println!("{:?} (count {})", shared, Rc::strong_count(&shared));
}
