// Two Rc values pointing at each other never reach a strong count of zero.
use std::cell::RefCell;
use std::rc::Rc;

struct Person {
    name: String,
    friend: RefCell<Option<Rc<Person>>>,
}

impl Drop for Person {
    fn drop(&mut self) {
        println!("dropping {}", self.name);
    }
}

fn main() {
    let alice = Rc::new(Person { name: "Alice".into(), friend: RefCell::new(None) });
    let bob = Rc::new(Person { name: "Bob".into(), friend: RefCell::new(None) });
    println!("alice = {}, bob = {}", Rc::strong_count(&alice), Rc::strong_count(&bob));

    *alice.friend.borrow_mut() = Some(Rc::clone(&bob));
    *bob.friend.borrow_mut() = Some(Rc::clone(&alice));
    println!("after linking: alice = {}, bob = {}", Rc::strong_count(&alice), Rc::strong_count(&bob));

    if let Some(f) = alice.friend.borrow().as_ref() {
        println!("{}'s friend is {}", alice.name, f.name);
    }

    // Carol and Dan are not in a cycle, so they are dropped normally.
    let carol = Rc::new(Person { name: "Carol".into(), friend: RefCell::new(None) });
    let dan = Person { name: "Dan".into(), friend: RefCell::new(Some(Rc::clone(&carol))) };
    println!("carol = {}", Rc::strong_count(&carol));
    drop(dan);
    println!("carol after dan dropped = {}", Rc::strong_count(&carol));
    println!("end of main: Alice and Bob leak, no drop message for them");
}
