// Puzzle: a Box lets us move out with `*`. Does an Rc?
use std::rc::Rc;

fn main() {
    let shared = Rc::new(String::from("shared text"));
    let other = Rc::clone(&shared);
    println!("{} owners", Rc::strong_count(&other));

    let text = *shared;
    println!("{}", text);
}
