use std::rc::{Rc, Weak};

struct Session {
    user: String,
}

fn describe(w: &Weak<Session>) {
    match w.upgrade() {
        Some(s) => println!("session alive for {}", s.user),
        None => println!("session expired"),
    }
}

fn main() {
    let session = Rc::new(Session { user: "alice".to_string() });
    let handle: Weak<Session> = Rc::downgrade(&session);

    describe(&handle);
    println!("strong={} weak={}", Rc::strong_count(&session), Rc::weak_count(&session));

    drop(session);
    describe(&handle);

    let empty: Weak<Session> = Weak::new();
    describe(&empty);
}
