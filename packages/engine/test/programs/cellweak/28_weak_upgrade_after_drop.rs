use std::rc::{Rc, Weak};

fn describe(w: &Weak<String>) {
    match w.upgrade() {
        Some(s) => println!("alive: {} (strong now {})", s, Rc::strong_count(&s)),
        None => println!("gone"),
    }
}

fn main() {
    let weak_ref: Weak<String>;
    {
        let owner = Rc::new(String::from("session token"));
        weak_ref = Rc::downgrade(&owner);
        println!("strong = {}, weak = {}", Rc::strong_count(&owner), Rc::weak_count(&owner));
        describe(&weak_ref);
    }
    describe(&weak_ref);
    println!("weak.strong_count = {}", weak_ref.strong_count());

    let empty: Weak<i32> = Weak::new();
    println!("empty upgrade is none: {}", empty.upgrade().is_none());
}
