use std::rc::Rc;

fn main() {
    let score = Rc::new(10);
    let alias = Rc::clone(&score);

    // Student mistake: cannot assign through an Rc
    *alias = 20;

    println!("{} {}", score, alias);
}
