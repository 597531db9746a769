use std::cell::RefCell;
use std::rc::Rc;

struct Person {
    name: String,
    friend: RefCell<Option<Rc<Person>>>,
}

impl Drop for Person {
    fn drop(&mut self) {
        // In a cycle this message never appears
        println!("dropping {}", self.name);
    }
}

fn main() {
    let alice = Rc::new(Person { name: "Alice".into(), friend: RefCell::new(None) });
    let bob = Rc::new(Person { name: "Bob".into(), friend: RefCell::new(None) });

    *alice.friend.borrow_mut() = Some(Rc::clone(&bob));
    *bob.friend.borrow_mut() = Some(Rc::clone(&alice));

    println!("alice strong = {}", Rc::strong_count(&alice));
    println!("bob strong = {}", Rc::strong_count(&bob));
    println!("end of main");
}
