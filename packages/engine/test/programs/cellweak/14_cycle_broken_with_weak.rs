use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Person {
    name: String,
    friend: RefCell<Weak<Person>>,
}

impl Drop for Person {
    fn drop(&mut self) {
        println!("dropping {}", self.name);
    }
}

fn main() {
    let alice = Rc::new(Person { name: "Alice".into(), friend: RefCell::new(Weak::new()) });
    let bob = Rc::new(Person { name: "Bob".into(), friend: RefCell::new(Weak::new()) });

    *alice.friend.borrow_mut() = Rc::downgrade(&bob);
    *bob.friend.borrow_mut() = Rc::downgrade(&alice);

    println!("alice: strong = {}, weak = {}", Rc::strong_count(&alice), Rc::weak_count(&alice));
    if let Some(f) = alice.friend.borrow().upgrade() {
        println!("alice's friend is {}", f.name);
    }
    println!("end of main");
}
