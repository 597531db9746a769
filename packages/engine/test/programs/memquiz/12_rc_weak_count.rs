use std::rc::{Rc, Weak};

fn main() {
    let strong = Rc::new(42);
    let weak: Weak<i32> = Rc::downgrade(&strong);

    println!("strong = {}, weak = {}", Rc::strong_count(&strong), Rc::weak_count(&strong));

    let weak2 = weak.clone();
    println!("strong = {}, weak = {}", Rc::strong_count(&strong), Rc::weak_count(&strong));

    match weak.upgrade() {
        Some(v) => println!("upgraded: {} (strong now {})", v, Rc::strong_count(&strong)),
        None => println!("gone"),
    }
    println!("strong after match = {}", Rc::strong_count(&strong));

    drop(strong);
    println!("upgrade after drop: {:?}", weak2.upgrade());
    println!("weak.strong_count() = {}", weak.strong_count());
}
