use std::rc::{Rc, Weak};

struct Session {
    user: String,
}

impl Drop for Session {
    fn drop(&mut self) {
        println!("session for {} closed", self.user);
    }
}

fn check(label: &str, w: &Weak<Session>) {
    match w.upgrade() {
        Some(s) => println!("{}: {} is still logged in", label, s.user),
        None => println!("{}: session expired", label),
    }
}

fn main() {
    let session = Rc::new(Session { user: String::from("kim") });
    let tab_one = Rc::downgrade(&session);
    let tab_two = tab_one.clone();

    check("tab one", &tab_one);
    println!("weak handles: {}", Rc::weak_count(&session));

    drop(session);

    check("tab one", &tab_one);
    check("tab two", &tab_two);

    let never: Weak<Session> = Weak::new();
    check("fresh weak", &never);
}
