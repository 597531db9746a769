use std::rc::{Rc, Weak};

struct Manager {
    name: String,
}

struct Employee {
    name: String,
    boss: Weak<Manager>,
}

fn main() {
    let m = Rc::new(Manager { name: String::from("Rita") });
    let e = Employee { name: String::from("Tom"), boss: Rc::downgrade(&m) };
    // Mistake: Weak does not deref; it must be upgraded first.
    println!("{} reports to {}", e.name, e.boss.name);
}
