use std::rc::Rc;

fn main() {
    let counter = Rc::new(0);

    // Student mistake: get_mut needs &mut Rc, but counter is not mut
    if let Some(n) = Rc::get_mut(&mut counter) {
        *n += 1;
    }
    println!("{}", counter);
}
